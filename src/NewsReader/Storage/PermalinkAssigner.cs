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
        var ids = new HashSet<string>(articles.Length, StringComparer.OrdinalIgnoreCase);
        var slugs = new Reservations(articles, history);
        var result = ImmutableArray.CreateBuilder<Article>(articles.Length);
        foreach (var article in articles)
        {
            var id = ids.Add(article.Id) ? article.Id : UniqueId(article, ids);
            var slug = FirstFree(slugs, article.Slug, id);
            slugs.Take(slug);

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
    private static string FirstFree(Reservations taken, string slug, string id)
    {
        if (!taken.IsTaken(slug, id))
        {
            return slug;
        }

        var candidate = $"{slug}-{id[..Math.Min(8, id.Length)]}";
        if (!taken.IsTaken(candidate, id))
        {
            return candidate;
        }

        var full = $"{slug}-{id}";
        candidate = full;
        for (var n = 2; taken.IsTaken(candidate, id); n++)
        {
            candidate = $"{full}-{n}";
        }

        return candidate;
    }

    /// <summary>The slugs given so far, and those the history keeps for articles that still exist.</summary>
    private sealed class Reservations(ImmutableArray<Article> articles, IReadOnlyDictionary<string, string> history)
    {
        private readonly HashSet<string> _given = new(articles.Length, StringComparer.OrdinalIgnoreCase);

        // Made only when a slug the history gives another article comes up: most loads have none.
        private HashSet<string>? _present;

        public void Take(string slug) => _given.Add(slug);

        public bool IsTaken(string slug, string id)
        {
            if (_given.Contains(slug))
            {
                return true;
            }

            if (!history.TryGetValue(slug, out var owner) || owner.Equals(id, StringComparison.OrdinalIgnoreCase))
            {
                return false;
            }

            _present ??= articles.Select(a => a.Id).ToHashSet(StringComparer.OrdinalIgnoreCase);
            return _present.Contains(owner);
        }
    }
}
