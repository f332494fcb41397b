using System.Collections.Immutable;
using NewsReader.Articles;

namespace NewsReader.Storage;

/// <summary>Makes ids and slugs unique across a set of articles, the same way on every machine.</summary>
internal static class PermalinkAssigner
{
    /// <summary>
    /// Articles are taken in source-file order. The first keeps its headline slug; a later one
    /// with the same headline gets its id's first eight digits appended, so adding a third copy
    /// never renames the second. An id already taken (two files named with the same hex id)
    /// is replaced by a hash of the later file's path. A slug the history gives to another article
    /// that still exists stays reserved for it, so an old link never silently shows a different
    /// article; a deleted (or renamed) file's slug is free again.
    /// </summary>
    public static ImmutableArray<Article> AssignUnique(IReadOnlyCollection<Article> articles, IReadOnlyDictionary<string, string> history)
    {
        var present = articles.Select(a => a.Id).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var ids = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var slugs = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var result = ImmutableArray.CreateBuilder<Article>();
        foreach (var article in articles.OrderBy(a => a.SourceFile, StringComparer.Ordinal))
        {
            var id = ids.Add(article.Id) ? article.Id : UniqueId(article, ids);
            var slug = FirstFree(
                candidate => slugs.Contains(candidate)
                    || (history.TryGetValue(candidate, out var owner) && !owner.Equals(id, StringComparison.OrdinalIgnoreCase) && present.Contains(owner)),
                article.Slug,
                $"{article.Slug}-{id[..Math.Min(8, id.Length)]}",
                $"{article.Slug}-{id}");
            slugs.Add(slug);
            result.Add(article with { Id = id, Slug = slug });
        }

        return result.ToImmutable();
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

    private static string FirstFree(Func<string, bool> isTaken, params string[] candidates)
    {
        foreach (var candidate in candidates)
        {
            if (!isTaken(candidate))
            {
                return candidate;
            }
        }

        for (var n = 2; ; n++)
        {
            var numbered = $"{candidates[^1]}-{n}";
            if (!isTaken(numbered))
            {
                return numbered;
            }
        }
    }
}
