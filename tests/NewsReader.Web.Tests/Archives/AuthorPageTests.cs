using System.Net;
using NewsReader.Web.Tests.Infrastructure;

namespace NewsReader.Web.Tests.Archives;

public sealed class AuthorPageTests : IDisposable
{
    private readonly SeedsFolder _seeds = ArchiveSeeds.Create();
    private readonly NewsReaderFactory _factory;

    public AuthorPageTests() => _factory = new NewsReaderFactory(_seeds, ArchiveSeeds.Settings);

    public void Dispose()
    {
        _factory.Dispose();
        _seeds.Dispose();
    }

    [Fact]
    public async Task Get_Author_TheirArticlesNewestFirstUndatedLastAndPaged()
    {
        var client = _factory.CreateClient();
        var first = await Html.ParseAsync(await client.GetAsync(new Uri("/authors/ann-lee", UriKind.Relative)));
        var second = await Html.ParseAsync(await client.GetAsync(new Uri("/authors/ann-lee/page/2", UriKind.Relative)));

        // "ANN LEE" on one byline is the same person, named as most of her bylines spell it.
        Assert.Equal("Ann Lee", first.QuerySelector("h1")?.TextContent);
        Assert.Equal("Ann Lee – NewsReader", first.Title);
        Assert.Equal(["Harbour crane arrives", "Ferry adds a Sunday crossing"], first.Texts(".article-list h2"));
        Assert.Equal("/authors/ann-lee/page/2", first.QuerySelector("head link[rel=next]")?.GetAttribute("href"));
        Assert.Equal("Ann Lee – page 2", second.QuerySelector("h1")?.TextContent);
        Assert.Equal("Ann Lee – page 2 – NewsReader", second.Title);
        Assert.Equal(["Spring market opens", "Notes from the quay"], second.Texts(".article-list h2"));
        Assert.Equal("/authors/ann-lee", second.QuerySelector(".pager a[rel=prev]")?.GetAttribute("href"));
        Assert.Equal("http://localhost/authors/ann-lee/page/2", second.QuerySelector("link[rel=canonical]")?.GetAttribute("href"));
    }

    [Fact]
    public async Task Get_Author_FeedsInTheHead()
    {
        var page = await Html.ParseAsync(await _factory.CreateClient().GetAsync(new Uri("/authors/ben-okafor", UriKind.Relative)));

        var feeds = page.QuerySelectorAll("head link[rel=alternate]").Select(link => link.GetAttribute("href")).ToList();
        Assert.Contains("/authors/ben-okafor/feed.atom", feeds);
        Assert.Contains("/authors/ben-okafor/feed.rss", feeds);
    }

    [Fact]
    public async Task Get_Author_DescribedForCrawlersAsACollectionPage()
    {
        var page = await Html.ParseAsync(await _factory.CreateClient().GetAsync(new Uri("/authors/ben-okafor", UriKind.Relative)));

        Assert.Equal("Articles by Ben Okafor on NewsReader, newest first: 2 in all.", page.QuerySelector("meta[name=description]")?.GetAttribute("content"));
        Assert.Equal("http://localhost/authors/ben-okafor", page.QuerySelector("meta[property='og:url']")?.GetAttribute("content"));
        using var json = System.Text.Json.JsonDocument.Parse(page.QuerySelector("script[type='application/ld+json']")!.TextContent);
        Assert.Equal("CollectionPage", json.RootElement.GetProperty("@type").GetString());
        Assert.Equal("http://localhost/authors/ben-okafor", json.RootElement.GetProperty("url").GetString());
    }

    [Theory]
    [InlineData("/authors/ann-lee/page/1", "/authors/ann-lee")]
    [InlineData("/authors/Ann-Lee", "/authors/ann-lee")]
    [InlineData("/authors/ANN-LEE/page/2", "/authors/ann-lee/page/2")]
    public async Task Get_PageOneOrOtherCase_RedirectsPermanently(string path, string expected)
    {
        var response = await _factory.CreateNonRedirectingClient().GetAsync(new Uri(path, UriKind.Relative));

        Assert.Equal(HttpStatusCode.MovedPermanently, response.StatusCode);
        Assert.Equal(expected, response.Headers.Location?.OriginalString);
    }

    [Theory]
    [InlineData("/authors/nobody")]
    [InlineData("/authors/ann-lee/page/3")]
    [InlineData("/authors/ann-lee/page/0")]
    [InlineData("/authors/nobody/feed.atom")]
    [InlineData("/authors/nobody/feed.rss")]
    [InlineData("/authors/%2F..%2F")]
    public async Task Get_UnknownAuthorOrPage_NotFound(string path)
    {
        var response = await _factory.CreateClient().GetAsync(new Uri(path, UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
