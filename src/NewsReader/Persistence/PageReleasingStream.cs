namespace NewsReader.Persistence;

/// <summary>
/// Writes through to another stream and, every <see cref="Interval"/> bytes, gives back the pages
/// of the mapped files (<see cref="MappedFile.ReleaseResidentPages"/>). A store's bodies and an
/// index's postings are written from the mappings they were restored from, so without this a save
/// made every page of both resident before the one release at its end: at 100,000 articles, 700 MB
/// on top of what a start with changes needs.
/// </summary>
internal sealed class PageReleasingStream(Stream inner) : WriteOnlyStream
{
    public const long Interval = 64L << 20;

    private long _sinceRelease;

    public override void Write(ReadOnlySpan<byte> buffer)
    {
        inner.Write(buffer);
        _sinceRelease += buffer.Length;
        if (_sinceRelease >= Interval)
        {
            MappedFile.ReleaseResidentPages();
            _sinceRelease = 0;
        }
    }

    public override void Flush() => inner.Flush();
}
