using System.Buffers.Binary;

namespace NewsReader.Images;

/// <summary>
/// What an image's first bytes say it is, and its size when the header gives it. Read from the bytes,
/// never from a file name or a Content-Type: a page saved "complete" names its images
/// <c>photo.php</c> or nothing at all, and a server may call an HTML error page <c>image/jpeg</c>.
/// </summary>
public sealed record ImageHeader(ImageFormat Format, int? Width, int? Height)
{
    /// <summary>Enough bytes for every header read here, the JPEG frame header aside (it may sit further on).</summary>
    public const int SniffLength = 64;

    private static ReadOnlySpan<byte> PngSignature => [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A];

    public string MediaType => Format switch
    {
        ImageFormat.Png => "image/png",
        ImageFormat.Jpeg => "image/jpeg",
        ImageFormat.Gif => "image/gif",
        ImageFormat.WebP => "image/webp",
        _ => "image/avif",
    };

    /// <returns>The header, or null when the bytes are not one of the <see cref="ImageFormat"/>s.</returns>
    public static ImageHeader? Read(ReadOnlySpan<byte> bytes)
    {
        if (bytes.StartsWith(PngSignature))
        {
            return bytes.Length >= 24 && bytes[12..16].SequenceEqual("IHDR"u8)
                ? new(ImageFormat.Png, Positive(BinaryPrimitives.ReadInt32BigEndian(bytes[16..])), Positive(BinaryPrimitives.ReadInt32BigEndian(bytes[20..])))
                : new(ImageFormat.Png, null, null);
        }

        if (bytes.StartsWith("GIF87a"u8) || bytes.StartsWith("GIF89a"u8))
        {
            return bytes.Length >= 10
                ? new(ImageFormat.Gif, Positive(BinaryPrimitives.ReadUInt16LittleEndian(bytes[6..])), Positive(BinaryPrimitives.ReadUInt16LittleEndian(bytes[8..])))
                : new(ImageFormat.Gif, null, null);
        }

        if (bytes.Length >= 3 && bytes[0] == 0xFF && bytes[1] == 0xD8 && bytes[2] == 0xFF)
        {
            return JpegSize(bytes);
        }

        if (bytes.Length >= 12 && bytes.StartsWith("RIFF"u8) && bytes[8..12].SequenceEqual("WEBP"u8))
        {
            return WebPSize(bytes);
        }

        // ISO base media: "ftyp" then a brand; AVIF files say avif (still) or avis (sequence).
        return bytes.Length >= 12 && bytes[4..8].SequenceEqual("ftyp"u8) && (bytes[8..12].SequenceEqual("avif"u8) || bytes[8..12].SequenceEqual("avis"u8))
            ? new(ImageFormat.Avif, null, null)
            : null;
    }

    /// <summary>Reads the header of a file (a bounded read: the first 64 KiB at most).</summary>
    public static ImageHeader? ReadFile(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete, bufferSize: 1);
        var buffer = new byte[(int)Math.Min(stream.Length, 64 * 1024)];
        stream.ReadAtLeast(buffer, buffer.Length, throwOnEndOfStream: false);
        return Read(buffer);
    }

    private static ImageHeader JpegSize(ReadOnlySpan<byte> bytes)
    {
        // Walk the markers to the first start-of-frame; its height and width follow the precision byte.
        var at = 2;
        while (at + 9 < bytes.Length && bytes[at] == 0xFF)
        {
            var marker = bytes[at + 1];
            var length = BinaryPrimitives.ReadUInt16BigEndian(bytes[(at + 2)..]);
            if (marker is >= 0xC0 and <= 0xCF and not 0xC4 and not 0xC8 and not 0xCC)
            {
                return new(ImageFormat.Jpeg, Positive(BinaryPrimitives.ReadUInt16BigEndian(bytes[(at + 7)..])), Positive(BinaryPrimitives.ReadUInt16BigEndian(bytes[(at + 5)..])));
            }

            at += 2 + length;
        }

        return new(ImageFormat.Jpeg, null, null);
    }

    private static ImageHeader WebPSize(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length >= 30 && bytes[12..16].SequenceEqual("VP8X"u8))
        {
            return new(ImageFormat.WebP, 1 + ReadUInt24(bytes[24..]), 1 + ReadUInt24(bytes[27..]));
        }

        if (bytes.Length >= 30 && bytes[12..16].SequenceEqual("VP8 "u8))
        {
            return new(ImageFormat.WebP, Positive(BinaryPrimitives.ReadUInt16LittleEndian(bytes[26..]) & 0x3FFF), Positive(BinaryPrimitives.ReadUInt16LittleEndian(bytes[28..]) & 0x3FFF));
        }

        if (bytes.Length >= 25 && bytes[12..16].SequenceEqual("VP8L"u8) && bytes[20] == 0x2F)
        {
            var bits = BinaryPrimitives.ReadUInt32LittleEndian(bytes[21..]);
            return new(ImageFormat.WebP, (int)(bits & 0x3FFF) + 1, (int)((bits >> 14) & 0x3FFF) + 1);
        }

        return new(ImageFormat.WebP, null, null);
    }

    private static int ReadUInt24(ReadOnlySpan<byte> bytes) => bytes[0] | (bytes[1] << 8) | (bytes[2] << 16);

    private static int? Positive(int value) => value > 0 ? value : null;
}
