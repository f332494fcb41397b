using System.IO.Hashing;
using System.Runtime.InteropServices;
using System.Text;
using NewsReader.Articles;

namespace NewsReader.Persistence;

/// <summary>
/// Identifies the articles an index was built from, in document order: each one's id and the hash
/// of the file it was parsed from (which settles its text; the fingerprint settles the parsers),
/// with its content hash and language besides. A saved index is used only for articles with the
/// same key. Nothing here reads an article's text: that would touch every mapped body at start.
/// </summary>
internal static class IndexKey
{
    public static ulong Of(IReadOnlyList<Article> articles)
    {
        var hash = new XxHash3();
        Span<byte> number = stackalloc byte[sizeof(ulong)];
        MemoryMarshal.Write(number, (ulong)articles.Count);
        hash.Append(number);
        foreach (var article in articles)
        {
            Append(hash, article.Id);
            Append(hash, article.ContentHash);
            Append(hash, article.Language ?? "");
            MemoryMarshal.Write(number, article.SourceHash);
            hash.Append(number);
        }

        return hash.GetCurrentHashAsUInt64();
    }

    private static void Append(XxHash3 hash, string value)
    {
        Span<byte> buffer = stackalloc byte[256];
        var bytes = Encoding.UTF8.GetMaxByteCount(value.Length) <= buffer.Length ? buffer[..Encoding.UTF8.GetBytes(value, buffer)] : Encoding.UTF8.GetBytes(value);
        hash.Append(bytes);
        hash.Append([0]);
    }
}
