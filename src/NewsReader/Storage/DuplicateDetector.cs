using System.Collections.Immutable;
using NewsReader.Articles;

namespace NewsReader.Storage;

/// <summary>Finds files that hold the same article; the first in path order is the one published.</summary>
internal static class DuplicateDetector
{
    /// <returns>The originals in source-file order, and each copy with the original it repeats.</returns>
    public static (ImmutableArray<Article> Originals, ImmutableArray<(Article Copy, Article Original)> Copies) Split(IEnumerable<Article> articles)
    {
        var inOrder = InSourceFileOrder(articles);
        // Sized for every article at once: grown one by one, 100,000 were copied some twenty times.
        var originals = ImmutableArray.CreateBuilder<Article>(inOrder.Count);
        var copies = ImmutableArray.CreateBuilder<(Article, Article)>();
        var byContent = new Dictionary<string, Article>(inOrder.Count, StringComparer.Ordinal);
        foreach (var article in inOrder)
        {
            if (byContent.TryGetValue(article.ContentHash, out var original))
            {
                copies.Add((article, original));
            }
            else
            {
                byContent[article.ContentHash] = article;
                originals.Add(article);
            }
        }

        return (originals.DrainToImmutable(), copies.ToImmutable());
    }

    /// <summary>
    /// A load lists its articles in source-file order already (the folder is scanned so): checked in
    /// one pass, and sorted (stably) only when they are not.
    /// </summary>
    private static IReadOnlyList<Article> InSourceFileOrder(IEnumerable<Article> articles)
    {
        var list = articles as IReadOnlyList<Article> ?? [.. articles];
        if (!PublicationOrder.IsInSourceFileOrder(list))
        {
            return [.. list.OrderBy(a => a.SourceFile, StringComparer.Ordinal)];
        }

        return list;
    }
}
