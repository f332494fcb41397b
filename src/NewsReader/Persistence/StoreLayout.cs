using System.Buffers.Binary;

namespace NewsReader.Persistence;

/// <summary>
/// The store's fixed header. After it come the records (every file's size, time, hash and article
/// without its body text) and then the body text of every article, in record order. Bodies sit apart
/// so that a start reads the records and maps the bodies without touching them.
/// </summary>
internal readonly record struct StoreLayout(int EntryCount, long RecordsLength, long BodiesLength, ulong Checksum)
{
    /// <summary>Raised whenever what is written changes, so an older app's store is never misread.</summary>
    public const int Version = 7;

    public const int HeaderSize = 64;

    private static ReadOnlySpan<byte> Magic => "NRSTORE\0"u8;

    public static long RecordsStart => HeaderSize;

    public long BodiesStart => HeaderSize + RecordsLength;

    public long FileLength => HeaderSize + RecordsLength + BodiesLength;

    public void WriteTo(Span<byte> header)
    {
        header[..HeaderSize].Clear();
        Magic.CopyTo(header);
        BinaryPrimitives.WriteInt32LittleEndian(header[8..], Version);
        BinaryPrimitives.WriteInt32LittleEndian(header[12..], EntryCount);
        BinaryPrimitives.WriteInt64LittleEndian(header[16..], RecordsLength);
        BinaryPrimitives.WriteInt64LittleEndian(header[24..], BodiesLength);
        BinaryPrimitives.WriteUInt64LittleEndian(header[32..], Checksum);
    }

    /// <returns>The layout, or why the header cannot be this version's (null when it can).</returns>
    public static (StoreLayout Layout, string? Problem) ReadFrom(ReadOnlySpan<byte> header, long fileLength)
    {
        if (header.Length < HeaderSize || !header[..8].SequenceEqual(Magic))
        {
            return (default, "it is not a NewsReader snapshot store");
        }

        var version = BinaryPrimitives.ReadInt32LittleEndian(header[8..]);
        if (version != Version)
        {
            return (default, $"it was written in format {version}, this version reads format {Version}");
        }

        var layout = new StoreLayout(
            BinaryPrimitives.ReadInt32LittleEndian(header[12..]),
            BinaryPrimitives.ReadInt64LittleEndian(header[16..]),
            BinaryPrimitives.ReadInt64LittleEndian(header[24..]),
            BinaryPrimitives.ReadUInt64LittleEndian(header[32..]));
        return layout.EntryCount < 0 || layout.EntryCount > layout.RecordsLength || layout.RecordsLength < 0 || layout.BodiesLength < 0 || layout.FileLength != fileLength
            ? (default, $"its header gives {layout.FileLength} bytes but the file has {fileLength} (truncated or overwritten)")
            : (layout, null);
    }
}
