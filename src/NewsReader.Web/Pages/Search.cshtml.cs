using System.Collections.Immutable;
using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;
using NewsReader.Articles;
using NewsReader.Search;
using NewsReader.Storage;
using NewsReader.Topics;
using NewsReader.Web.Routing;

namespace NewsReader.Web.Pages;

/// <summary>
/// <c>/search?q=…&amp;topic=…&amp;source=…&amp;section=…&amp;from=…&amp;to=…&amp;sort=date&amp;page=N</c>:
/// results from the current snapshot's index, narrowed and ordered as asked. A value the site does
/// not have (a topic, section or source no article has, a date that is not one) is left out with
/// a notice that says so, never an error.
/// </summary>
public sealed class SearchModel(ArticleRepository repository, IOptions<SiteOptions> site) : PageModel
{
    /// <summary>How many topics and newest articles the empty state offers.</summary>
    public const int EmptyStateTopics = 8;
    public const int EmptyStateArticles = 5;

    [BindProperty(SupportsGet = true, Name = SitePaths.SearchQueryParameter)]
    public string? Query { get; set; }

    [BindProperty(SupportsGet = true, Name = SitePaths.TopicParameter)]
    public string? TopicValue { get; set; }

    [BindProperty(SupportsGet = true, Name = SitePaths.SourceParameter)]
    public string? SourceValue { get; set; }

    [BindProperty(SupportsGet = true, Name = SitePaths.SectionParameter)]
    public string? SectionValue { get; set; }

    [BindProperty(SupportsGet = true, Name = SitePaths.FromParameter)]
    public string? FromValue { get; set; }

    [BindProperty(SupportsGet = true, Name = SitePaths.ToParameter)]
    public string? ToValue { get; set; }

    [BindProperty(SupportsGet = true, Name = SitePaths.SortParameter)]
    public string? SortValue { get; set; }

    // From the query only: bound like Query, "page" met Razor Pages' own route value (the page's
    // name), failed to convert, and every results page showed page 1.
    [BindProperty(SupportsGet = true)]
    [FromQuery(Name = SitePaths.PageParameter)]
    public int PageNumber { get; set; } = 1;

    public SearchResults Results { get; private set; } = SearchResults.Empty(1, 1);

    /// <summary>The filters applied: only values the site has.</summary>
    public SearchFilters Filters { get; private set; } = SearchFilters.None;

    public SearchOrder Order { get; private set; }

    /// <summary>The topic filtered on, for its name.</summary>
    public Topic? Topic { get; private set; }

    /// <summary>The section filtered on, for its name.</summary>
    public FacetValue? Section { get; private set; }

    /// <summary>Why a parameter was left out, one sentence each.</summary>
    public IReadOnlyList<string> Notices => _notices;

    public ImmutableArray<FacetValue> Sections { get; private set; } = [];

    public ImmutableArray<FacetValue> Sources { get; private set; } = [];

    /// <summary>When nothing matched: topics to try and the newest articles.</summary>
    public ImmutableArray<Topic> NearTopics { get; private set; } = [];

    public ImmutableArray<Article> Newest { get; private set; } = [];

    public bool HasWords => !string.IsNullOrEmpty(Query);

    public string SiteName => site.Value.Name;

    /// <summary>The source select lists the commonest sources; a long tail would make it unusable.</summary>
    public const int MaxSourceOptions = 50;

    private readonly List<string> _notices = [];

    public IActionResult OnGet()
    {
        Query = Query?.Trim();
        if (PageNumber < 1)
        {
            return NotFound();
        }

        var snapshot = repository.Current;
        var index = snapshot.SearchIndex;
        (Sections, Sources) = (index.Sections, [.. index.Sources.Take(MaxSourceOptions)]);
        Filters = ReadFilters(snapshot);
        if (Filters.Source is { } chosen && !Sources.Any(source => source.Value == chosen))
        {
            // A rarer source chosen by link stays selected in the form, so searching again keeps it.
            Sources = [.. Sources, index.Sources.First(source => source.Value == chosen)];
        }

        Order = ReadOrder();
        Results = index.Search(new SearchRequest { Text = Query, Filters = Filters, Order = Order, Page = PageNumber, PageSize = site.Value.PageSize });
        if (Results.SuggestionPending)
        {
            // Answered before suggestions were ready: the next request may have one, so keep no copy.
            Response.Headers.CacheControl = "no-store";
        }

        if (PageNumber > 1 && Results.Hits.IsEmpty)
        {
            return NotFound();
        }

        if (Results.Total == 0 && (HasWords || !Filters.IsEmpty))
        {
            NearTopics = NearestTopics.For(snapshot.Topics, Query, EmptyStateTopics);
            Newest = [.. snapshot.Articles.Take(EmptyStateArticles)];
        }

        return Page();
    }

    /// <summary>This search with some filters or the order changed, from page 1.</summary>
    public string LinkWith(SearchFilters filters, SearchOrder? order = null) => SitePaths.Search(Query, filters, order ?? Order);

    private SearchFilters ReadFilters(ArticleSnapshot snapshot)
    {
        var filters = SearchFilters.None;
        if (Present(TopicValue) is { } topic)
        {
            Topic = snapshot.Topics.Find(topic);
            filters = Topic is null ? Ignore(filters, $"There is no topic “{Echo(topic)}”, so results are not narrowed to it.") : filters with { Topic = Topic.Slug };
        }

        if (Present(SourceValue) is { } source)
        {
            var found = snapshot.SearchIndex.FindSource(source);
            filters = found is null ? Ignore(filters, $"No article comes from “{Echo(source)}”, so results are not narrowed to it.") : filters with { Source = found };
        }

        if (Present(SectionValue) is { } section)
        {
            Section = snapshot.SearchIndex.FindSection(section);
            filters = Section is null ? Ignore(filters, $"There is no section “{Echo(section)}”, so results are not narrowed to it.") : filters with { Section = Section.Value };
        }

        var from = ReadDay(FromValue, "start");
        var to = ReadDay(ToValue, "end");
        if (from > to)
        {
            (from, to) = (to, from);
            _notices.Add("The start date was after the end date, so the two were swapped.");
        }

        return filters with { From = from, To = to };
    }

    private SearchFilters Ignore(SearchFilters filters, string notice)
    {
        _notices.Add(notice);
        return filters;
    }

    private DateOnly? ReadDay(string? value, string which)
    {
        if (Present(value) is not { } text)
        {
            return null;
        }

        if (DateOnly.TryParseExact(text, SitePaths.DayFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
            return day;
        }

        _notices.Add($"“{Echo(text)}” is not a date written like 2024-03-31, so there is no {which} date.");
        return null;
    }

    private SearchOrder ReadOrder()
    {
        var sort = Present(SortValue);
        if (sort is null || sort.Equals(SitePaths.SortByRelevance, StringComparison.OrdinalIgnoreCase))
        {
            return SearchOrder.Relevance;
        }

        if (sort.Equals(SitePaths.SortByDate, StringComparison.OrdinalIgnoreCase))
        {
            return SearchOrder.Newest;
        }

        _notices.Add($"Results cannot be sorted by “{Echo(sort)}”: they are sorted by best match.");
        return SearchOrder.Relevance;
    }

    /// <summary>A notice repeats what was asked, but not a page of it.</summary>
    private static string Echo(string value) => ShortText.Cut(value, 60);

    private static string? Present(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
