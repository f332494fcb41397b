using System.IO.Hashing;
using System.Runtime.InteropServices;
using System.Text;
using NewsReader.Articles;

namespace NewsReader.Search;

/// <summary>
/// What settles an article's indexed words without reading them: its id, content hash, language
/// and the hash of the file it was parsed from (the snapshot store's fingerprint settles the
/// parsers). Two articles with the same key index to the same postings, so the next snapshot can
/// take them from the last one's index instead of tokenising the text again.
/// </summary>
internal static class DocumentKey
{
    /// <summary>The article's key, or 0 when it was not read from a file (nothing then vouches for its text).</summary>
    public static ulong Of(Article article) => article.SourceHash == 0 ? 0 : Hash(article);

    /// <summary>The key's hash whatever the source, for keys over a whole list (see the snapshot store's index key).</summary>
    public static ulong Hash(Article article)
    {
        ArgumentNullException.ThrowIfNull(article);
        var language = article.Language ?? "";
        var length = Encoding.UTF8.GetMaxByteCount(article.Id.Length + article.ContentHash.Length + language.Length) + 3 + sizeof(ulong);
        // One hash over one buffer: a start hashes every article, and a hasher per article cost more than the hashing.
        Span<byte> buffer = length <= 512 ? stackalloc byte[512] : new byte[length];
        var written = Append(buffer, 0, article.Id);
        written = Append(buffer, written, article.ContentHash);
        written = Append(buffer, written, language);
        MemoryMarshal.Write(buffer[written..], article.SourceHash);
        return XxHash3.HashToUInt64(buffer[..(written + sizeof(ulong))]);
    }

    private static int Append(Span<byte> buffer, int at, string value)
    {
        at += Encoding.UTF8.GetBytes(value, buffer[at..]);
        buffer[at] = 0;
        return at + 1;
    }
}
