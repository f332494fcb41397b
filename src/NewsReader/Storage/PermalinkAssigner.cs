using System.Collections.Immutable;
using NewsReader.Articles;

namespace NewsReader.Storage;

/// <summary>Makes ids and slugs unique across a set of articles, the same way on every machine.</summary>
internal static class PermalinkAssigner
{
    /// <summary>
    /// Articles are taken in the order given, source-file order. The first keeps its headline slug; a
    /// later one with the same headline gets its id's first eight digits appended, so adding a third copy
    /// never renames the second. An id already taken (two files named with the same hex id)
    /// is replaced by a hash of the later file's path. A slug the history gives to another article
    /// that still exists stays reserved for it, so an old link never silently shows a different
    /// article; a deleted (or renamed) file's slug is free again.
    /// </summary>
    /// <param name="articles">In source-file order, as <see cref="DuplicateDetector.Split"/> gives them.</param>
    public static ImmutableArray<Article> AssignUnique(ImmutableArray<Article> articles, IReadOnlyDictionary<string, string> history)
    {
        var present = articles.Select(a => a.Id).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var ids = new HashSet<string>(articles.Length, StringComparer.OrdinalIgnoreCase);
        var slugs = new HashSet<string>(articles.Length, StringComparer.OrdinalIgnoreCase);
        var result = ImmutableArray.CreateBuilder<Article>(articles.Length);
        foreach (var article in articles)
        {
            var id = ids.Add(article.Id) ? article.Id : UniqueId(article, ids);
            var slug = FirstFree(
                candidate => slugs.Contains(candidate)
                    || (history.TryGetValue(candidate, out var owner) && !owner.Equals(id, StringComparison.OrdinalIgnoreCase) && present.Contains(owner)),
                article.Slug,
                id);
            slugs.Add(slug);

            // Nearly every article keeps what it has; copying it anyway cost 100,000 new records per load.
            result.Add(ReferenceEquals(id, article.Id) && ReferenceEquals(slug, article.Slug) ? article : article with { Id = id, Slug = slug });
        }

        return result.MoveToImmutable();
    }

    private static string UniqueId(Article article, HashSet<string> ids)
    {
        var candidate = ArticleId.Hash(article.SourceFile);
        while (!ids.Add(candidate))
        {
            candidate = ArticleId.Hash(candidate);
        }

        return candidate;
    }

    /// <summary>The headline slug; else with the id's first eight digits; else the whole id; else numbered.</summary>
    private static string FirstFree(Func<string, bool> isTaken, string slug, string id)
    {
        if (!isTaken(slug))
        {
            return slug;
        }

        var candidate = $"{slug}-{id[..Math.Min(8, id.Length)]}";
        if (!isTaken(candidate))
        {
            return candidate;
        }

        var full = $"{slug}-{id}";
        candidate = full;
        for (var n = 2; isTaken(candidate); n++)
        {
            candidate = $"{full}-{n}";
        }

        return candidate;
    }
}
