using System.Collections.Immutable;
using NewsReader.Articles;

namespace NewsReader.Storage;

/// <summary>Finds files that hold the same article; the first in path order is the one published.</summary>
internal static class DuplicateDetector
{
    public static (ImmutableArray<Article> Originals, ImmutableArray<(Article Copy, Article Original)> Copies) Split(IEnumerable<Article> articles)
    {
        var originals = ImmutableArray.CreateBuilder<Article>();
        var copies = ImmutableArray.CreateBuilder<(Article, Article)>();
        var byContent = new Dictionary<string, Article>(StringComparer.Ordinal);
        foreach (var article in articles.OrderBy(a => a.SourceFile, StringComparer.Ordinal))
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

        return (originals.ToImmutable(), copies.ToImmutable());
    }
}
