using System.Collections.Frozen;
using System.Collections.Immutable;
using NewsReader.Articles;
using NewsReader.Ingestion;

namespace NewsReader.Storage;

/// <summary>
/// Everything readers see at one moment, built once and never changed: the ordered list and the
/// lookups by slug and id. A reload builds a new snapshot; readers keep the one they started with.
/// </summary>
public sealed class ArticleSnapshot
{
    private readonly FrozenDictionary<string, Article> _bySlug;
    private readonly FrozenDictionary<string, Article> _byId;
    private readonly FrozenDictionary<string, Article> _byFormerSlug;

    private ArticleSnapshot(ImmutableArray<Article> ordered, ImmutableArray<RejectedFile> rejected, IReadOnlyDictionary<string, string> history)
    {
        Articles = ordered;
        Rejected = rejected;
        _bySlug = ordered.ToFrozenDictionary(a => a.Slug, StringComparer.OrdinalIgnoreCase);
        _byId = ordered.ToFrozenDictionary(a => a.Id, StringComparer.OrdinalIgnoreCase);
        _byFormerSlug = history
            .Where(entry => !_bySlug.ContainsKey(entry.Key) && _byId.ContainsKey(entry.Value))
            .ToFrozenDictionary(entry => entry.Key, entry => _byId[entry.Value], StringComparer.OrdinalIgnoreCase);
        NewPermalinks = [.. ordered
            .Where(a => !history.TryGetValue(a.Slug, out var id) || !id.Equals(a.Id, StringComparison.OrdinalIgnoreCase))
            .Select(a => KeyValuePair.Create(a.Slug, a.Id))];
    }

    public static ArticleSnapshot Empty { get; } = new([], [], FrozenDictionary<string, string>.Empty);

    /// <summary>Newest first where a date is known, then undated articles by source file name.</summary>
    public ImmutableArray<Article> Articles { get; }

    public ImmutableArray<RejectedFile> Rejected { get; }

    /// <summary>Slug-to-id pairs this snapshot publishes that the permalink history did not hold yet.</summary>
    public ImmutableArray<KeyValuePair<string, string>> NewPermalinks { get; }

    /// <param name="articles">Parsed articles, in any order.</param>
    /// <param name="rejected">Files that did not become articles.</param>
    /// <param name="history">Every slug ever published, mapped to its article id (see <see cref="PermalinkHistory"/>).</param>
    public static ArticleSnapshot Create(
        IEnumerable<Article> articles,
        IEnumerable<RejectedFile> rejected,
        IReadOnlyDictionary<string, string>? history = null)
    {
        ArgumentNullException.ThrowIfNull(articles);
        ArgumentNullException.ThrowIfNull(rejected);
        history ??= FrozenDictionary<string, string>.Empty;

        var unique = PermalinkAssigner.AssignUnique(articles, history);
        var ordered = unique
            .OrderByDescending(a => a.Published.HasValue)
            .ThenByDescending(a => a.Published)
            .ThenBy(a => a.SourceFile, StringComparer.Ordinal)
            .ToImmutableArray();
        return new ArticleSnapshot(ordered, [.. rejected], history);
    }

    /// <summary>Case-insensitive, so a hand-typed permalink still finds its article.</summary>
    public Article? FindBySlug(string slug) => _bySlug.GetValueOrDefault(slug);

    public Article? FindById(string id) => _byId.GetValueOrDefault(id);

    /// <summary>The article a slug used to lead to before its headline changed, if it still exists.</summary>
    public Article? FindByFormerSlug(string slug) => _byFormerSlug.GetValueOrDefault(slug);

    /// <returns>The page, or null when the number is outside 1..TotalPages (page 1 always exists).</returns>
    public ArticlePage? GetPage(int number, int pageSize)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(pageSize, 1);

        var totalPages = Math.Max(1, (Articles.Length + pageSize - 1) / pageSize);
        if (number < 1 || number > totalPages)
        {
            return null;
        }

        var items = Articles.Skip((number - 1) * pageSize).Take(pageSize).ToImmutableArray();
        return new ArticlePage(items, number, totalPages, Articles.Length);
    }
}
