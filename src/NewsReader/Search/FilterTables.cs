using System.Collections.Immutable;
using NewsReader.Articles;
using NewsReader.Sections;

namespace NewsReader.Search;

/// <summary>
/// What search filters read, for one snapshot: each article's publication day and the articles of
/// each section and source, as document numbers. Built once, on the first filtered search (or the
/// first look at the sections), and keyed only by values the snapshot holds: a filter value no
/// article has finds an empty set, and no request adds anything to these tables.
/// </summary>
internal sealed class FilterTables
{
    private const int Undated = int.MinValue;

    // The day as the article's own date line shows it (in its own offset), so a filter for a day
    // finds the articles that say that day.
    private readonly int[] _days;
    private readonly Dictionary<string, int[]> _sectionDocs;
    // A filter may name a section by its folder ("news/world") as well as by its slug.
    private readonly Dictionary<string, string> _sectionSlugs;
    private readonly Dictionary<string, int[]> _sourceDocs;

    private FilterTables(int[] days, Dictionary<string, int[]> sectionDocs, Dictionary<string, string> sectionSlugs, Dictionary<string, int[]> sourceDocs)
    {
        (_days, _sectionDocs, _sectionSlugs, _sourceDocs) = (days, sectionDocs, sectionSlugs, sourceDocs);
    }

    /// <summary>Every section, by name.</summary>
    public required ImmutableArray<FacetValue> Sections { get; init; }

    /// <summary>Every source (site name), most articles first.</summary>
    public required ImmutableArray<FacetValue> Sources { get; init; }

    public static FilterTables Of(ImmutableArray<Article> articles)
    {
        var days = new int[articles.Length];
        var sections = new Dictionary<string, (string Name, List<int> Docs)>(StringComparer.OrdinalIgnoreCase);
        var sectionPaths = new Dictionary<string, string>(StringComparer.Ordinal);
        var sources = new Dictionary<string, List<int>>(StringComparer.OrdinalIgnoreCase);
        var sourceNames = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        for (var doc = 0; doc < articles.Length; doc++)
        {
            var article = articles[doc];
            days[doc] = article.Published is { } published ? DateOnly.FromDateTime(published.DateTime).DayNumber : Undated;
            if (article.Section is { } path)
            {
                if (!sectionPaths.TryGetValue(path, out var slug))
                {
                    sectionPaths[path] = slug = SectionNames.Slug(path);
                }

                if (!sections.TryGetValue(slug, out var section))
                {
                    sections[slug] = section = (SectionNames.Display(path), []);
                }

                section.Docs.Add(doc);
            }

            if (article.SiteName is { } site)
            {
                if (!sources.TryGetValue(site, out var docs))
                {
                    (sources[site], sourceNames[site]) = (docs = [], site);
                }

                docs.Add(doc);
            }
        }

        var sectionSlugs = sections.Keys.ToDictionary(slug => slug, StringComparer.OrdinalIgnoreCase);
        foreach (var (path, slug) in sectionPaths)
        {
            sectionSlugs.TryAdd(path, slug);
        }

        return new FilterTables(
            days,
            sections.ToDictionary(s => s.Key, s => s.Value.Docs.ToArray(), StringComparer.OrdinalIgnoreCase),
            sectionSlugs,
            sources.ToDictionary(s => s.Key, s => s.Value.ToArray(), StringComparer.OrdinalIgnoreCase))
        {
            Sections = [.. sections.Select(s => new FacetValue(s.Key, s.Value.Name, s.Value.Docs.Count)).OrderBy(s => s.Name, StringComparer.OrdinalIgnoreCase)],
            Sources = [.. sources.Select(s => new FacetValue(sourceNames[s.Key], sourceNames[s.Key], s.Value.Count))
                .OrderByDescending(s => s.Count).ThenBy(s => s.Name, StringComparer.OrdinalIgnoreCase)],
        };
    }

    /// <summary>The section's slug, for its slug or folder name in any case; null when the snapshot has no such section.</summary>
    public string? SectionSlug(string value) => _sectionSlugs.GetValueOrDefault(value.Trim());

    /// <summary>The source's name as articles give it, for that name in any case; null when no article has it.</summary>
    public string? SourceName(string value) => _sourceDocs.ContainsKey(value.Trim()) ? Sources.First(s => s.Value.Equals(value.Trim(), StringComparison.OrdinalIgnoreCase)).Value : null;

    /// <summary>The documents every filter lets through; null when there are no filters (every document).</summary>
    /// <param name="topicDocs">The documents of a topic, by its slug (empty for no such topic).</param>
    public DocSet? Resolve(SearchFilters filters, Func<string, IEnumerable<int>> topicDocs)
    {
        ArgumentNullException.ThrowIfNull(filters);
        if (filters.IsEmpty)
        {
            return null;
        }

        DocSet? set = null;
        void Narrow(IEnumerable<int> docs)
        {
            var next = DocSet.Of(docs, _days.Length);
            if (set is null)
            {
                set = next;
            }
            else
            {
                set.IntersectWith(next);
            }
        }

        if (filters.Section is { } section)
        {
            Narrow(SectionSlug(section) is { } slug ? _sectionDocs[slug] : []);
        }

        if (filters.Source is { } source)
        {
            Narrow(_sourceDocs.GetValueOrDefault(source.Trim()) ?? []);
        }

        if (filters.Topic is { } topic)
        {
            Narrow(topicDocs(topic.Trim()));
        }

        if (filters.From is null && filters.To is null)
        {
            return set;
        }

        var from = filters.From?.DayNumber ?? int.MinValue + 1;
        var to = filters.To?.DayNumber ?? int.MaxValue;
        bool InRange(int doc) => _days[doc] != Undated && _days[doc] >= from && _days[doc] <= to;
        if (set is null)
        {
            return DocSet.Where(_days.Length, InRange);
        }

        set.KeepWhere(InRange);
        return set;
    }
}
