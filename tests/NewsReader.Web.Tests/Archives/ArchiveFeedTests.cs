using System.Net;
using System.Xml.Linq;
using NewsReader.Web.Tests.Infrastructure;

namespace NewsReader.Web.Tests.Archives;

public sealed class ArchiveFeedTests : IDisposable
{
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";

    private readonly SeedsFolder _seeds = ArchiveSeeds.Create();
    private readonly NewsReaderFactory _factory;

    public ArchiveFeedTests() => _factory = new NewsReaderFactory(_seeds, ArchiveSeeds.Settings);

    public void Dispose()
    {
        _factory.Dispose();
        _seeds.Dispose();
    }

    [Fact]
    public async Task Get_MonthAtom_ItsArticlesNewestFirstNotPaged()
    {
        var feed = await XmlAsync("/archive/2024/03/feed.atom", "application/atom+xml");

        Assert.Equal("March 2024 – NewsReader", feed.Root!.Element(Atom + "title")?.Value);
        Assert.Equal(["Harbour crane arrives", "Ferry adds a Sunday crossing", "Spring market opens"], feed.Root.Elements(Atom + "entry").Select(e => e.Element(Atom + "title")?.Value));
        Assert.Equal("http://localhost/archive/2024/03", feed.Root.Elements(Atom + "link").Single(l => (string?)l.Attribute("rel") == "alternate").Attribute("href")?.Value);
    }

    [Fact]
    public async Task Get_MonthRss_ItsArticles()
    {
        var feed = await XmlAsync("/archive/2024/01/feed.rss", "application/rss+xml");

        Assert.Equal(["Snow closes the pass"], feed.Root!.Element("channel")!.Elements("item").Select(i => i.Element("title")?.Value));
    }

    [Fact]
    public async Task Get_AuthorAtom_TheirArticlesIncludingUndated()
    {
        var feed = await XmlAsync("/authors/ann-lee/feed.atom", "application/atom+xml");

        Assert.Equal("Ann Lee – NewsReader", feed.Root!.Element(Atom + "title")?.Value);
        Assert.Equal(["Harbour crane arrives", "Ferry adds a Sunday crossing", "Spring market opens", "Notes from the quay"], feed.Root.Elements(Atom + "entry").Select(e => e.Element(Atom + "title")?.Value));
    }

    [Fact]
    public async Task Get_AuthorRss_TheirArticles()
    {
        var feed = await XmlAsync("/authors/ben-okafor/feed.rss", "application/rss+xml");

        Assert.Equal(["Ferry adds a Sunday crossing", "Snow closes the pass"], feed.Root!.Element("channel")!.Elements("item").Select(i => i.Element("title")?.Value));
    }

    [Fact]
    public async Task Get_MonthPage_FeedsInTheHead()
    {
        var page = await Html.ParseAsync(await _factory.CreateClient().GetAsync(new Uri("/archive/2024/03", UriKind.Relative)));

        var feeds = page.QuerySelectorAll("head link[rel=alternate]").Select(link => (link.GetAttribute("type"), link.GetAttribute("href"))).ToList();
        Assert.Contains(("application/atom+xml", "/archive/2024/03/feed.atom"), feeds);
        Assert.Contains(("application/rss+xml", "/archive/2024/03/feed.rss"), feeds);
    }

    private async Task<XDocument> XmlAsync(string path, string mediaType)
    {
        var response = await _factory.CreateClient().GetAsync(new Uri(path, UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(mediaType, response.Content.Headers.ContentType?.MediaType);
        return XDocument.Parse(await response.Content.ReadAsStringAsync());
    }
}
