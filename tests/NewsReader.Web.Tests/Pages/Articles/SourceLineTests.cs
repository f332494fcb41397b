using AngleSharp.Dom;
using NewsReader.Web.Tests.Infrastructure;

namespace NewsReader.Web.Tests.Pages.Articles;

/// <summary>Every format's article page names its standfirst, byline, dates and source; lists name date and source.</summary>
public sealed class SourceLineTests : IDisposable
{
    private const string SavedPage = """
        <!doctype html>
        <html lang="en"><head>
        <title>Power station plan approved | The Telegraph</title>
        <meta property="og:title" content="Power station plan approved">
        <meta property="og:site_name" content="The Telegraph">
        <meta name="description" content="Ministers back a new plant on the Severn estuary despite protests.">
        <meta name="author" content="Jane Doe">
        <meta property="article:published_time" content="2017-11-16T08:00:00Z">
        <meta property="article:modified_time" content="2017-11-17T09:30:00Z">
        <link rel="canonical" href="https://www.telegraph.co.uk/news/2017/11/16/power-station-plan-approved/">
        </head><body>
        <nav><a href="/">Home</a> <a href="/news">News</a></nav>
        <article>
        <h1>Power station plan approved</h1>
        <p>The government approved the plan for a new power station on Thursday, ending a review that had lasted more than two years and drawn thousands of objections from residents along the estuary.</p>
        <p>The developer said construction would begin next spring and employ about four thousand people at its peak, with the first power expected to reach the grid before the end of the decade.</p>
        <p>Campaigners said they would study the decision carefully and had not ruled out a legal challenge, arguing that the impact on wading birds and the local fishing industry had been underestimated.</p>
        </article>
        </body></html>
        """;

    private const string Markdown = """
        ---
        title: Bus punctuality improves
        standfirst: More buses ran on time this spring than in any season since records began.
        author: Jane Doe
        date: 2025-06-02 09:15
        updated: 2025-06-03 10:00
        site: The Transit Times
        source: https://transit.example/2025/06/bus-punctuality
        ---

        # Bus punctuality improves

        Buses ran on time more often this spring, the operator's figures show.

        Route 7 did best of all.
        """;

    private readonly SeedsFolder _seeds = new SeedsFolder()
        .With("saved.html", SavedPage)
        .With("post.md", Markdown)
        .With("wire.txt", "Council agrees budget\n\nBy John Roe\n\nThe council agreed its budget on Tuesday after a long debate.\n\nTaxes will rise by two per cent.");

    private readonly NewsReaderFactory _factory;

    public SourceLineTests() => _factory = new NewsReaderFactory(_seeds);

    public void Dispose()
    {
        _factory.Dispose();
        _seeds.Dispose();
    }

    private async Task<IDocument> GetAsync(string path) =>
        await Html.ParseAsync(await _factory.CreateClient().GetAsync(new Uri(path, UriKind.Relative)));

    [Fact]
    public async Task Get_SavedPage_StandfirstBylineDatesAndSourceLine()
    {
        var page = await GetAsync("/articles/power-station-plan-approved");

        Assert.Equal("Ministers back a new plant on the Severn estuary despite protests.", page.QuerySelector(".article-header .standfirst")?.TextContent);
        Assert.Equal("By Jane Doe", page.QuerySelector(".article-header .byline")?.TextContent);
        var source = page.QuerySelector(".article-header .source");
        Assert.NotNull(source);
        Assert.Equal("The Telegraph · 16 Nov 2017 · updated 17 Nov 2017 · original", Normalise(source.TextContent));
        Assert.StartsWith("2017-11-16T08:00:00", source.QuerySelector("time.published")?.GetAttribute("datetime"), StringComparison.Ordinal);
        var original = source.QuerySelector("a.original");
        Assert.Equal("https://www.telegraph.co.uk/news/2017/11/16/power-station-plan-approved/", original?.GetAttribute("href"));
        Assert.Equal("noopener noreferrer", original?.GetAttribute("rel"));
    }

    [Fact]
    public async Task Get_Markdown_StandfirstOnceHeadlineOnceAndSourceLine()
    {
        var page = await GetAsync("/articles/bus-punctuality-improves");

        Assert.Equal("More buses ran on time this spring than in any season since records began.", page.QuerySelector(".article-header .standfirst")?.TextContent);
        Assert.Equal("By Jane Doe", page.QuerySelector(".article-header .byline")?.TextContent);
        Assert.Single(page.QuerySelectorAll("h1"));
        Assert.Empty(page.QuerySelectorAll(".article-body h1, .article-body h2"));
        Assert.Equal("The Transit Times · 2 Jun 2025 · updated 3 Jun 2025 · original", Normalise(page.QuerySelector(".article-header .source")!.TextContent));
        Assert.Equal("https://transit.example/2025/06/bus-punctuality", page.QuerySelector(".source a.original")?.GetAttribute("href"));
    }

    [Fact]
    public async Task Get_MarkdownStandfirstIsFirstParagraph_ShownOnce()
    {
        _seeds.With("lead.md", "---\ntitle: Ferry returns\ndate: 2025-01-05\n---\n\nThe ferry is back in service after repairs.\n\nIt sails twice a day.\n");
        using var factory = new NewsReaderFactory(_seeds);
        var page = await Html.ParseAsync(await factory.CreateClient().GetAsync(new Uri("/articles/ferry-returns", UriKind.Relative)));

        Assert.Null(page.QuerySelector(".article-header .standfirst"));
        Assert.Equal(1, page.Body!.TextContent.Split("The ferry is back in service").Length - 1);
    }

    [Fact]
    public async Task Get_UpdatedTheSameDay_SourceLineNamesOneDay()
    {
        _seeds.With("same-day.md", "---\ntitle: Ferry timetable changes\ndate: 2025-01-05 08:00\nupdated: 2025-01-05 17:30\nsite: The Harbour Times\n---\n\nThe evening ferry leaves later from Monday.\n\nThe morning sailings stay as they are.\n");
        using var factory = new NewsReaderFactory(_seeds);
        var page = await Html.ParseAsync(await factory.CreateClient().GetAsync(new Uri("/articles/ferry-timetable-changes", UriKind.Relative)));

        Assert.Equal("The Harbour Times · 5 Jan 2025", Normalise(page.QuerySelector(".article-header .source")!.TextContent));
        Assert.Null(page.QuerySelector(".article-header .updated"));
    }

    [Fact]
    public async Task Get_PlainText_StandfirstOnceBylineAndNoEmptySourceLine()
    {
        var page = await GetAsync("/articles/council-agrees-budget");

        Assert.Null(page.QuerySelector(".article-header .standfirst"));
        Assert.Equal("The council agreed its budget on Tuesday after a long debate.", page.QuerySelector(".article-body p.standfirst")?.TextContent);
        Assert.Equal("By John Roe", page.QuerySelector(".article-header .byline")?.TextContent);
        Assert.Null(page.QuerySelector(".source"));
    }

    [Fact]
    public async Task Get_FrontPage_TeasersShowSourceAndDate()
    {
        var page = await GetAsync("/");

        var teaser = page.QuerySelectorAll(".teaser").Single(t => t.QuerySelector(".teaser-headline")?.TextContent == "Power station plan approved");
        Assert.Equal("The Telegraph", teaser.QuerySelector(".meta .source-name")?.TextContent);
        Assert.Equal("16 Nov 2017", teaser.QuerySelector(".meta time")?.TextContent);
        Assert.StartsWith("2017-11-16T08:00:00", teaser.QuerySelector(".meta time")?.GetAttribute("datetime"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_SearchResults_ShowSourceAndDate()
    {
        var page = await GetAsync("/search?q=power+station");

        var hit = page.QuerySelector(".search-results .teaser");
        Assert.Equal("The Telegraph", hit?.QuerySelector(".meta .source-name")?.TextContent);
        Assert.Equal("16 Nov 2017", hit?.QuerySelector(".meta time")?.TextContent);
    }

    private static string Normalise(string text) => string.Join(' ', text.Split((char[])[' ', '\n', '\r', '\t'], StringSplitOptions.RemoveEmptyEntries));
}
