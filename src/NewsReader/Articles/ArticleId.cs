using System.Buffers;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;

namespace NewsReader.Articles;

/// <summary>Derives an article's stable id from its file name.</summary>
public static partial class ArticleId
{
    /// <summary>
    /// Names like <c>000_87e463ba83310d3b.txt</c> already carry an id (the hex part); any other
    /// name gets a hash of its path inside the seeds folder, so the id is the same on every
    /// machine and restart but two <c>001.txt</c> in different folders still differ. The path is
    /// hashed as given ('/' between folders): a '\' is not folded into '/', because on Linux
    /// <c>a\b.txt</c> and <c>a/b.txt</c> are two different files and must be two articles.
    /// </summary>
    public static string FromSourceFile(string relativePath)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(relativePath);

        var stem = Path.GetFileNameWithoutExtension(relativePath);
        var embedded = EmbeddedHexId().Match(stem);
        if (embedded.Success)
        {
            return embedded.Groups["id"].Value.ToLowerInvariant();
        }

        return Hash(relativePath);
    }

    /// <summary>A 16-hex-digit id from any text, for ids that must be derived rather than read.</summary>
    public static string Hash(string text)
    {
        return IdOf(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
    }

    /// <summary>
    /// <see cref="Hash"/> of the parts joined by newlines, without building the joined text: it runs
    /// for every article at ingestion, where joining copied each article's whole text once more.
    /// </summary>
    public static string HashLines(IEnumerable<string> parts)
    {
        ArgumentNullException.ThrowIfNull(parts);
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var buffer = ArrayPool<byte>.Shared.Rent(4096);
        try
        {
            var first = true;
            foreach (var part in parts)
            {
                if (!first)
                {
                    hash.AppendData("\n"u8);
                }

                first = false;
                if (Encoding.UTF8.GetMaxByteCount(part.Length) > buffer.Length)
                {
                    ArrayPool<byte>.Shared.Return(buffer);
                    buffer = ArrayPool<byte>.Shared.Rent(Encoding.UTF8.GetMaxByteCount(part.Length));
                }

                hash.AppendData(buffer, 0, Encoding.UTF8.GetBytes(part, buffer));
            }

            Span<byte> digest = stackalloc byte[32];
            hash.GetHashAndReset(digest);
            return IdOf(digest);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    /// <summary>The first 64 bits of a SHA-256 digest in lower-case hex: every derived id's shape.</summary>
    private static string IdOf(ReadOnlySpan<byte> digest) => Convert.ToHexStringLower(digest[..8]);

    [GeneratedRegex(@"^(?:\d+[_-])?(?<id>[0-9a-fA-F]{12,64})$")]
    private static partial Regex EmbeddedHexId();
}
