using System.IO.Compression;
using System.Numerics;
using System.Security.Cryptography;

namespace NewsReader.Serving;

/// <summary>
/// One rendered page kept as bytes: the UTF-8 original, its gzip and Brotli variants (compressed
/// once, here, never per request) and a strong ETag per variant derived from the content alone, so
/// every machine and every restart names the same page the same way.
/// </summary>
/// <remarks>
/// A page can be kept quickly compressed first (<see cref="CreateQuick"/>) and given the full
/// effort once it proves popular (<see cref="WithFullCompression"/>): most pages a crawler or an
/// attacker asks for are asked for once, and Brotli 9 costs more than rendering them. The quick
/// variants carry their own ETags, since a strong validator names exact bytes.
/// </remarks>
public sealed class CachedPage
{
    private const int BrotliQuality = 9;
    private const int QuickBrotliQuality = 4;
    private const int MinBrotliWindow = 10;
    private const int MaxBrotliWindow = 22;

    private CachedPage(byte[] identity, byte[]? gzip, byte[]? brotli, string contentType, string tag, bool full)
    {
        Identity = identity;
        Gzip = gzip;
        Brotli = brotli;
        ContentType = contentType;
        Tag = tag;
        IsFullyCompressed = full;
        var suffix = full ? "" : "q";
        IdentityETag = $"\"{tag}\"";
        GzipETag = $"\"{tag}-gz{suffix}\"";
        BrotliETag = $"\"{tag}-br{suffix}\"";
    }

    /// <summary>False while the variants are the quick ones, before the page was asked for again.</summary>
    public bool IsFullyCompressed { get; }

    public byte[] Identity { get; }

    /// <summary>Null when compressing did not make the page smaller.</summary>
    public byte[]? Gzip { get; }

    /// <summary>Null when compressing did not make the page smaller.</summary>
    public byte[]? Brotli { get; }

    public string ContentType { get; }

    public string IdentityETag { get; }

    public string GzipETag { get; }

    public string BrotliETag { get; }

    private string Tag { get; }

    /// <summary>What the variants cost in memory.</summary>
    public long Size => Identity.Length + (Gzip?.Length ?? 0) + (Brotli?.Length ?? 0);

    public static CachedPage Create(ReadOnlySpan<byte> body, string contentType)
    {
        ArgumentException.ThrowIfNullOrEmpty(contentType);
        var identity = body.ToArray();
        return Compressed(identity, contentType, TagOf(body), full: true);
    }

    /// <summary>A page with cheap variants (gzip fastest, Brotli 4): what a page asked for once is worth.</summary>
    public static CachedPage CreateQuick(ReadOnlySpan<byte> body, string contentType)
    {
        ArgumentException.ThrowIfNullOrEmpty(contentType);
        var identity = body.ToArray();
        return Compressed(identity, contentType, TagOf(body), full: false);
    }

    /// <summary>The same page with the full-effort variants; itself when it already has them.</summary>
    public CachedPage WithFullCompression() => IsFullyCompressed ? this : Compressed(Identity, ContentType, Tag, full: true);

    private static CachedPage Compressed(byte[] identity, string contentType, string tag, bool full)
    {
        var gzip = SmallerOrNull(CompressGzip(identity, full ? CompressionLevel.Optimal : CompressionLevel.Fastest), identity);
        var brotli = SmallerOrNull(CompressBrotli(identity, full ? BrotliQuality : QuickBrotliQuality), identity);
        return new CachedPage(identity, gzip, brotli, contentType, tag, full);
    }

    /// <summary>The variant to send for a coding, with its tag; the original when that variant is missing.</summary>
    public (byte[] Body, string ETag, ContentCoding Coding) Select(ContentCoding coding) => coding switch
    {
        ContentCoding.Brotli when Brotli is not null => (Brotli, BrotliETag, ContentCoding.Brotli),
        ContentCoding.Gzip when Gzip is not null => (Gzip, GzipETag, ContentCoding.Gzip),
        _ => (Identity, IdentityETag, ContentCoding.Identity),
    };

    /// <summary>
    /// True when an <c>If-None-Match</c> header names <paramref name="etag"/> (or is <c>*</c>), so
    /// the client's copy is current. Weak comparison, as RFC 9110 §13.1.2 requires for this header.
    /// </summary>
    public static bool Matches(ReadOnlySpan<char> ifNoneMatch, string etag)
    {
        ArgumentNullException.ThrowIfNull(etag);
        foreach (var range in ifNoneMatch.Split(','))
        {
            var candidate = ifNoneMatch[range].Trim();
            if (candidate.StartsWith("W/", StringComparison.Ordinal))
            {
                candidate = candidate[2..];
            }

            if (candidate.SequenceEqual("*") || candidate.SequenceEqual(etag))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>16 bytes of SHA-256 in base64url: collisions are out of reach, the header stays short.</summary>
    private static string TagOf(ReadOnlySpan<byte> body)
    {
        Span<byte> hash = stackalloc byte[SHA256.HashSizeInBytes];
        SHA256.HashData(body, hash);
        return Convert.ToBase64String(hash[..16]).TrimEnd('=').Replace('+', '-').Replace('/', '_');
    }

    private static byte[] CompressGzip(ReadOnlySpan<byte> body, CompressionLevel level)
    {
        using var output = new MemoryStream(body.Length / 3 + 64);
        using (var stream = new GZipStream(output, level, leaveOpen: true))
        {
            stream.Write(body);
        }

        return output.ToArray();
    }

    /// <summary>
    /// Quality 9 of 11 for a page asked for twice: once per page per snapshot, so it can afford more
    /// effort than a per-request compressor, without the steep cost of the top levels. The window is only as large as the
    /// page: the encoder sizes its tables by it, and a 4 MB window made a 12 KB page take 60 ms.
    /// </summary>
    private static byte[] CompressBrotli(ReadOnlySpan<byte> body, int quality)
    {
        var window = Math.Clamp(BitOperations.Log2((uint)Math.Max(body.Length, 1)) + 1, MinBrotliWindow, MaxBrotliWindow);
        var output = new byte[BrotliEncoder.GetMaxCompressedLength(body.Length)];
        return BrotliEncoder.TryCompress(body, output, out var written, quality, window)
            ? output[..written]
            : [];
    }

    private static byte[]? SmallerOrNull(byte[] compressed, byte[] identity) => compressed.Length > 0 && compressed.Length < identity.Length ? compressed : null;
}
