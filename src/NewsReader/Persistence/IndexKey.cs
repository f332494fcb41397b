using System.IO.Hashing;
using System.Runtime.InteropServices;
using NewsReader.Articles;
using NewsReader.Search;

namespace NewsReader.Persistence;

/// <summary>
/// Identifies the articles an index was built from, in document order: each one's
/// <see cref="DocumentKey"/> (its id and the hash of the file it was parsed from, which settles its
/// text, with its content hash and language besides). A saved index is mapped as it stands only for
/// articles with the same key. Nothing here reads an article's text: that would touch every mapped
/// body at start.
/// </summary>
internal static class IndexKey
{
    public static ulong Of(IReadOnlyList<Article> articles)
    {
        var keys = new ulong[articles.Count + 1];
        keys[^1] = (ulong)articles.Count;
        Parallel.For(0, articles.Count, i => keys[i] = DocumentKey.Hash(articles[i]));
        return XxHash3.HashToUInt64(MemoryMarshal.AsBytes(keys.AsSpan()));
    }
}
