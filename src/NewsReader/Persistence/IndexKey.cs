using System.IO.Hashing;
using System.Runtime.InteropServices;
using System.Text;
using NewsReader.Articles;

namespace NewsReader.Persistence;

/// <summary>
/// Identifies the articles an index was built from, in document order: what the index reads of
/// each (its id and text: the content hash covers headline, caption and body; the standfirst and
/// language besides). A saved index is used only for articles with the same key.
/// </summary>
internal static class IndexKey
{
    public static ulong Of(IReadOnlyList<Article> articles)
    {
        var hash = new XxHash3();
        Span<byte> count = stackalloc byte[sizeof(int)];
        MemoryMarshal.Write(count, articles.Count);
        hash.Append(count);
        foreach (var article in articles)
        {
            Append(hash, article.Id);
            Append(hash, article.ContentHash);
            Append(hash, article.Language ?? "");
            hash.Append(article.StandfirstText is { } standfirst ? standfirst.Bytes : []);
            hash.Append([0]);
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
