using System.Net;
using System.Xml.Linq;
using NewsReader.Web.Tests.Infrastructure;

namespace NewsReader.Web.Tests.Pages;

/// <summary>Sections (the seeds sub-folders) are shown on articles, listed, browsable a page at a time, and have feeds.</summary>
public sealed class SectionPagesTests : IDisposable
{
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";

    private readonly SeedsFolder _seeds = NarrowingSeeds.Create();
    private readonly NewsReaderFactory _factory;

    public SectionPagesTests() => _factory = new NewsReaderFactory(_seeds, new Dictionary<string, string?> { ["Site:PageSize"] = "1" });

    public void Dispose()
    {
        _factory.Dispose();
        _seeds.Dispose();
    }

    private Task<HttpResponseMessage> GetAsync(string address) => _factory.CreateClient().GetAsync(new Uri(address, UriKind.Relative));

    [Fact]
    public async Task Sections_Site_EachSectionWithCountAndTidyName()
    {
        var page = await Html.ParseAsync(await GetAsync("/sections"));

        var links = page.QuerySelectorAll(".section-list a");
        Assert.Equal(["/sections/business", "/sections/news-world", "/sections/politics"], links.Select(a => a.GetAttribute("href")));
        Assert.Equal(["Business", "News › World", "Politics"], links.Select(a => a.FirstChild!.TextContent.Trim()));
        Assert.Equal(["2", "1", "1"], page.Texts(".section-list .topic-count"));
        Assert.Equal("/sections", page.QuerySelectorAll("footer a").Single(a => a.TextContent == "Sections").GetAttribute("href"));
    }

    [Fact]
    public async Task Section_Pages_NewestFirstWithFeedsLinked()
    {
        var first = await Html.ParseAsync(await GetAsync("/sections/business"));
        var second = await Html.ParseAsync(await GetAsync("/sections/business?page=2"));

        Assert.Equal("Business", first.QuerySelector("h1")?.TextContent);
        Assert.Equal(["Harbour budget approved"], first.Texts(".article-list .teaser-headline"));
        Assert.Equal(["Ferry fares rise with the budget"], second.Texts(".article-list .teaser-headline"));
        Assert.Equal("/sections/business?page=2", first.QuerySelector(".pager a[rel=next]")?.GetAttribute("href"));
        Assert.Equal("/sections/business/feed.atom", first.QuerySelector("link[rel=alternate][type='application/atom+xml'][title^=Business]")?.GetAttribute("href"));
        Assert.Equal("/sections/business/feed.rss", first.QuerySelector("link[rel=alternate][type='application/rss+xml'][title^=Business]")?.GetAttribute("href"));
    }

    [Theory]
    [InlineData("/sections/sport")]
    [InlineData("/sections/business?page=3")]
    [InlineData("/sections/business?page=0")]
    [InlineData("/sections/sport/feed.atom")]
    [InlineData("/sections/sport/feed.rss")]
    public async Task Section_UnknownOrPastTheEnd_NotFoundWhileTheSectionIsThere(string address)
    {
        Assert.Equal(HttpStatusCode.OK, (await GetAsync("/sections/business/feed.atom")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await GetAsync(address)).StatusCode);
    }

    [Fact]
    public async Task SectionAtomFeed_Business_ValidXmlWithOnlyItsArticles()
    {
        var response = await GetAsync("/sections/business/feed.atom");
        var feed = XDocument.Parse(await response.Content.ReadAsStringAsync());

        Assert.Equal("application/atom+xml; charset=utf-8", response.Content.Headers.ContentType?.ToString());
        Assert.StartsWith("Business", feed.Root!.Element(Atom + "title")?.Value, StringComparison.Ordinal);
        Assert.Equal(["Harbour budget approved", "Ferry fares rise with the budget"], feed.Root.Elements(Atom + "entry").Select(e => e.Element(Atom + "title")!.Value));
        Assert.Equal("http://localhost/sections/business/feed.atom", feed.Root.Elements(Atom + "link").Single(l => (string?)l.Attribute("rel") == "self").Attribute("href")?.Value);
    }

    [Fact]
    public async Task SectionRssFeed_NestedSection_ValidXmlWithItsArticle()
    {
        var response = await GetAsync("/sections/news-world/feed.rss");
        var feed = XDocument.Parse(await response.Content.ReadAsStringAsync());

        Assert.Equal("application/rss+xml; charset=utf-8", response.Content.Headers.ContentType?.ToString());
        Assert.Equal(["Summit talks on the budget"], feed.Descendants("item").Select(i => i.Element("title")!.Value));
        Assert.Equal("http://localhost/sections/news-world", feed.Root!.Element("channel")?.Element("link")?.Value);
    }

    [Fact]
    public async Task Article_InASection_SourceLineLinksIt()
    {
        var page = await Html.ParseAsync(await GetAsync("/articles/summit-talks-on-the-budget"));

        var section = page.QuerySelector(".source .section-name");
        Assert.Equal("News › World", section?.TextContent);
        Assert.Equal("/sections/news-world", section?.GetAttribute("href"));
    }
}
