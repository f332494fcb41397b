namespace NewsReader.Mirroring;

/// <summary>
/// The little of a bucket that mirroring needs, so the mirror's rules are tested without a
/// server. Failures are <see cref="ObjectStoreException"/>s with a reason fit for the log.
/// </summary>
public interface IObjectStore
{
    /// <summary>Names the bucket (and where it is) in log lines.</summary>
    string Description { get; }

    /// <summary>Every object whose key starts with <paramref name="prefix"/>, reading page after page until the last.</summary>
    IAsyncEnumerable<StoredObject> ListAsync(string prefix, CancellationToken cancellationToken);

    /// <summary>
    /// Copies the object's bytes into <paramref name="destination"/>, failing once more than
    /// <paramref name="maxBytes"/> have come (it may have grown since it was listed).
    /// </summary>
    /// <returns>The tag of the version copied, or null when the store did not say.</returns>
    Task<string?> CopyToAsync(string key, Stream destination, long maxBytes, CancellationToken cancellationToken);
}
