using System.Collections.Immutable;
using System.Runtime.InteropServices;
using NewsReader.Articles;

namespace NewsReader.Storage;

/// <summary>
/// The order a snapshot lists its articles in: newest first where a date is known, then undated
/// articles, each group by source file name. Keys are taken once per article and the positions
/// sorted, a sort LINQ's three chained keys made twice as slow at 100,000 articles on every publish.
/// </summary>
internal static class PublicationOrder
{
    public static ImmutableArray<Article> Sort(ImmutableArray<Article> articles)
    {
        // Undated articles sort after every dated one: their key is below any time's.
        var times = new long[articles.Length];
        var positions = new int[articles.Length];
        for (var i = 0; i < articles.Length; i++)
        {
            times[i] = articles[i].Published is { } published ? published.UtcTicks : long.MinValue;
            positions[i] = i;
        }

        Array.Sort(positions, (x, y) =>
            times[y].CompareTo(times[x]) is var newer and not 0 ? newer
            : string.CompareOrdinal(articles[x].SourceFile, articles[y].SourceFile) is var byName and not 0 ? byName
            : x.CompareTo(y));
        var sorted = new Article[articles.Length];
        for (var i = 0; i < sorted.Length; i++)
        {
            sorted[i] = articles[positions[i]];
        }

        return ImmutableCollectionsMarshal.AsImmutableArray(sorted);
    }
}
