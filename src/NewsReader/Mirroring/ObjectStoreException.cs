namespace NewsReader.Mirroring;

/// <summary>
/// A bucket request that failed, with a reason a person can act on. <see cref="OnlyThisObject"/>
/// tells a problem with one object (gone since the listing, not readable) from one with the
/// whole bucket (unreachable, no such bucket, wrong keys), which ends the copy.
/// </summary>
public sealed class ObjectStoreException : Exception
{
    public ObjectStoreException()
    {
    }

    public ObjectStoreException(string message)
        : base(message)
    {
    }

    public ObjectStoreException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public ObjectStoreException(string message, bool onlyThisObject, Exception? innerException = null)
        : base(message, innerException)
    {
        OnlyThisObject = onlyThisObject;
    }

    public bool OnlyThisObject { get; }
}
