namespace NewsReader.Persistence;

/// <summary>
/// Writes through to another stream and, every <see cref="Interval"/> bytes, gives back the pages
/// of the mapped files (<see cref="MappedFile.ReleaseResidentPages"/>). A store's bodies and an
/// index's postings are written from the mappings they were restored from, so without this a save
/// made every page of both resident before the one release at its end: at 100,000 articles, 700 MB
/// on top of what a start with changes needs.
/// </summary>
internal sealed class PageReleasingStream(Stream inner) : Stream
{
    public const long Interval = 64L << 20;

    private long _sinceRelease;

    public override bool CanRead => false;

    public override bool CanSeek => false;

    public override bool CanWrite => true;

    public override long Length => throw new NotSupportedException();

    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

    public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

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

    public override void WriteByte(byte value) => Write([value]);

    public override void Flush() => inner.Flush();

    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();
}
