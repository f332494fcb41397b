namespace NewsReader.Persistence;

/// <summary>Writes through to another stream and hashes every byte on the way, so the store is hashed as it is written, not read back.</summary>
internal sealed class HashingStream(Stream inner) : WriteOnlyStream
{
    private readonly StoreChecksum _hash = new();

    public long Written { get; private set; }

    public ulong Checksum => _hash.Value;

    public override long Length => Written;

    public override long Position { get => Written; set => throw new NotSupportedException(); }

    public override void Write(ReadOnlySpan<byte> buffer)
    {
        _hash.Append(buffer);
        inner.Write(buffer);
        Written += buffer.Length;
    }

    public override void Flush() => inner.Flush();
}
