using Microsoft.Win32.SafeHandles;

namespace NewsReader.Persistence;

/// <summary>
/// Reads one range of an open file by position (pread), never moving the handle's own offset, so
/// several readers can share the handle that was verified: a store renamed over the path meanwhile
/// is never read instead. Position and Length are offsets in the file.
/// </summary>
internal sealed class HandleReadStream(SafeFileHandle handle, long start, long end) : Stream
{
    private long _position = start;

    public override bool CanRead => true;

    public override bool CanSeek => true;

    public override bool CanWrite => false;

    public override long Length => end;

    public override long Position
    {
        get => _position;
        set => _position = value >= 0 ? value : throw new ArgumentOutOfRangeException(nameof(value));
    }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        var wanted = (int)Math.Min(buffer.Length, end - _position);
        if (wanted <= 0)
        {
            return 0;
        }

        var read = RandomAccess.Read(handle, buffer[..wanted], _position);
        _position += read;
        return read;
    }

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => Position = origin switch
    {
        SeekOrigin.Begin => offset,
        SeekOrigin.Current => _position + offset,
        _ => end + offset,
    };

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}
