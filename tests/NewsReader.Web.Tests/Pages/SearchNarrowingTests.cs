using System.Net;
using AngleSharp.Dom;
using NewsReader.Web.Tests.Infrastructure;

namespace NewsReader.Web.Tests.Pages;

/// <summary>Search narrowed by section, source, topic and dates, as plain GET parameters; links keep them; bad values never fail.</summary>
public sealed class SearchNarrowingTests : IDisposable
{
    private readonly SeedsFolder _seeds = NarrowingSeeds.Create();
    private readonly NewsReaderFactory _factory;

    public SearchNarrowingTests() => _factory = new NewsReaderFactory(_seeds, new Dictionary<string, string?> { ["Site:PageSize"] = "2" });

    public void Dispose()
    {
        _factory.Dispose();
        _seeds.Dispose();
    }

    private async Task<IDocument> GetAsync(string address) =>
        await Html.ParseAsync(await _factory.CreateClient().GetAsync(new Uri(address, UriKind.Relative)));

    private static List<string> Headlines(IDocument page) => [.. page.Texts(".search-results .teaser-headline").Order(StringComparer.Ordinal)];

    [Fact]
    public async Task Search_Section_OnlyThatSection()
    {
        var page = await GetAsync("/search?q=budget&section=business");

        Assert.Equal(["Ferry fares rise with the budget", "Harbour budget approved"], Headlines(page));
        Assert.All(page.Texts(".search-results .section-name"), name => Assert.Equal("Business", name));
    }

    [Fact]
    public async Task Search_NestedSectionSource_Narrows()
    {
        var page = await GetAsync("/search?q=budget&section=news-world&source=Island+Post");

        Assert.Equal(["Summit talks on the budget"], Headlines(page));
        Assert.Equal("News › World", page.QuerySelector(".search-results .section-name")?.TextContent);
    }

    [Fact]
    public async Task Search_Topic_NarrowsAndIsARemovableFilterKeepingTheRest()
    {
        var page = await GetAsync("/search?q=budget&topic=harbour-board&source=Coast+Gazette");

        Assert.Equal(["Council budget vote delayed", "Harbour budget approved"], Headlines(page));
        var topic = page.QuerySelectorAll(".active-filters li").Single(li => li.TextContent.Contains("Topic:", StringComparison.Ordinal));
        Assert.Equal("Harbour Board", topic.QuerySelector("a")?.TextContent);
        Assert.Equal("/search?q=budget&source=Coast%20Gazette", topic.QuerySelector(".remove-filter")?.GetAttribute("href"));
        Assert.Equal("harbour-board", page.QuerySelector("form.search-narrow input[type=hidden][name=topic]")?.GetAttribute("value"));
    }

    [Fact]
    public async Task Search_DateRange_BothDaysIncluded()
    {
        var page = await GetAsync("/search?q=budget&from=2024-03-04&to=2024-03-05");

        Assert.Equal(["Council budget vote delayed", "Harbour budget approved"], Headlines(page));
        Assert.Equal("2024-03-04", page.QuerySelector("#narrow-from")?.GetAttribute("value"));
    }

    [Fact]
    public async Task Search_FilterWithoutWords_ListsNewestFirst()
    {
        var page = await GetAsync("/search?source=Coast+Gazette");

        Assert.Equal(["Harbour budget approved", "Council budget vote delayed"], page.Texts(".search-results .teaser-headline"));
        Assert.Contains("3 articles, newest first", page.QuerySelector(".search-summary")?.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Search_Results_ShowDateSourceAndSection()
    {
        var page = await GetAsync("/search?q=lighthouse");
        var meta = page.QuerySelector(".search-results .meta")!;

        Assert.Equal("Coast Gazette", meta.QuerySelector(".source-name")?.TextContent);
        Assert.Equal("10 Jan 2024", meta.QuerySelector("time")?.TextContent);
        Assert.Null(meta.QuerySelector(".section-name"));
        Assert.Equal("/sections/business", (await GetAsync("/search?q=ferry")).QuerySelector(".search-results .section-name")?.GetAttribute("href"));
    }

    [Fact]
    public async Task Search_PagerAndSortLinks_KeepEveryOtherParameter()
    {
        var page = await GetAsync("/search?q=budget&from=2024-02-01&to=2024-12-31&sort=date&utm_source=x");
        var narrowed = await GetAsync("/search?q=budget&source=Coast+Gazette");

        Assert.Equal("/search?q=budget&from=2024-02-01&to=2024-12-31&sort=date&page=2", page.QuerySelector(".pager a[rel=next]")?.GetAttribute("href"));
        Assert.Equal("/search?q=budget&from=2024-02-01&to=2024-12-31", page.QuerySelector(".sort-links a")?.GetAttribute("href"));
        Assert.Equal("date", page.QuerySelector("#narrow-sort option[selected]")?.GetAttribute("value"));
        Assert.Equal("/search?q=budget&source=Coast%20Gazette&sort=date", narrowed.QuerySelector(".sort-links a")?.GetAttribute("href"));
        Assert.Equal("Coast Gazette", narrowed.QuerySelector("#narrow-source option[selected]")?.GetAttribute("value"));
    }

    [Fact]
    public async Task Search_Form_EveryControlLabelledAndSentByGet()
    {
        var page = await GetAsync("/search?q=budget");
        var form = page.QuerySelector("form.search-narrow")!;

        Assert.Equal("get", form.GetAttribute("method"));
        Assert.Equal(["q", "section", "source", "from", "to", "sort"], form.QuerySelectorAll("input:not([type=hidden]), select").Select(c => c.GetAttribute("name")));
        Assert.All(form.QuerySelectorAll("input:not([type=hidden]), select"), control => Assert.NotNull(form.QuerySelector($"label[for='{control.Id}']")));
    }

    [Theory]
    [InlineData("/search?q=budget&from=yesterday", "is not a date")]
    [InlineData("/search?q=budget&to=2024-13-45", "is not a date")]
    [InlineData("/search?q=budget&sort=random", "cannot be sorted")]
    [InlineData("/search?q=budget&topic=no-such-topic", "no topic")]
    [InlineData("/search?q=budget&section=sport", "no section")]
    [InlineData("/search?q=budget&source=Nobody", "No article comes from")]
    [InlineData("/search?q=budget&from=2024-03-05&to=2024-03-01", "swapped")]
    public async Task Search_BadParameter_NoticeAndResultsNotAnError(string address, string notice)
    {
        var response = await _factory.CreateClient().GetAsync(new Uri(address, UriKind.Relative));
        var page = await Html.ParseAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(page.Texts(".search-notice"), text => text.Contains(notice, StringComparison.Ordinal));
        Assert.NotEmpty(page.QuerySelectorAll(".search-results li"));
    }

    [Theory]
    [InlineData("/search?section=&source=&from=&to=&sort=&topic=")]
    [InlineData("/search?q=budget&page=abc&section=%00%FF&from=%FF")]
    public async Task Search_OddParameters_PageWithTheNarrowingForm(string address)
    {
        var response = await _factory.CreateClient().GetAsync(new Uri(address, UriKind.Relative));
        var page = await Html.ParseAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.NotNull(page.QuerySelector("form.search-narrow"));
    }

    [Fact]
    public async Task Search_NothingFound_SuggestionKeepsFiltersAndNearTopicsAndNewestShown()
    {
        var page = await GetAsync("/search?q=harbour+budgett&section=business");

        Assert.Contains("No articles match", page.QuerySelector(".search-summary")?.TextContent, StringComparison.Ordinal);
        Assert.Equal("/search?q=harbour%20budget&section=business", page.QuerySelector(".search-suggestion a")?.GetAttribute("href"));
        Assert.Equal("Harbour Board", page.QuerySelector(".near-topics a")?.FirstChild?.TextContent.Trim());
        Assert.Equal("Harbour budget approved", page.QuerySelector(".newest-articles .teaser-headline")?.TextContent);
    }

    [Fact]
    public async Task Search_FiltersExcludeEverything_SaysSoAndLinksToTheWholeSite()
    {
        var page = await GetAsync("/search?q=lighthouse&section=politics");

        Assert.Contains("with these filters", page.QuerySelector(".search-summary")?.TextContent, StringComparison.Ordinal);
        Assert.Equal("/search?q=lighthouse", page.QuerySelector(".search-summary a")?.GetAttribute("href"));
        Assert.NotEmpty(page.QuerySelectorAll(".newest-articles li"));
    }
}
