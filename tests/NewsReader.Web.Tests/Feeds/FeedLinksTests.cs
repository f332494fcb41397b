using NewsReader.Web.Feeds;
using NewsReader.Web.Tests.Infrastructure;

namespace NewsReader.Web.Tests.Feeds;

public sealed class FeedLinksTests : IDisposable
{
    private readonly SeedsFolder _seeds = new SeedsFolder()
        .With("harbour/images/chart.png", TestPng.Make(640, 360))
        .With("harbour/post.md", "---\ntitle: Harbour traffic doubles\ndate: 2025-06-02\n---\n\nTwice as many ships called at the harbour this spring.\n\nThe port authority credits the new crane.\n\nRoutes to the north grew fastest.\n\n![Ships per month](images/chart.png)\n\nSee [the report](https://port.example/report).\n");

    private readonly NewsReaderFactory _factory;

    public FeedLinksTests() => _factory = new NewsReaderFactory(_seeds);

    public void Dispose()
    {
        _factory.Dispose();
        _seeds.Dispose();
    }

    [Theory]
    [InlineData("<img src=\"/media/a.png\" alt=\"\">", "<img src=\"https://news.example/media/a.png\" alt=\"\">")]
    [InlineData("<a href=\"/articles/x\">x</a>", "<a href=\"https://news.example/articles/x\">x</a>")]
    [InlineData("<img src=\"//cdn.example/a.png\">", "<img src=\"//cdn.example/a.png\">")]
    [InlineData("<a href=\"https://port.example/\">r</a>", "<a href=\"https://port.example/\">r</a>")]
    [InlineData("<p>src=\"/not-an-attribute\"</p>", "<p>src=\"/not-an-attribute\"</p>")]
    public void Absolute_SiteRelativeAddresses_OnTheSitesOrigin(string html, string expected) =>
        Assert.Equal(expected, FeedLinks.Absolute(html, "https://news.example"));

    [Theory]
    [InlineData("/feed.atom")]
    [InlineData("/feed.rss")]
    public async Task GetFeed_ArticleWithPhoto_AbsoluteAddressInItsContent(string feed)
    {
        var xml = await _factory.CreateClient().GetStringAsync(new Uri(feed, UriKind.Relative));

        var content = System.Net.WebUtility.HtmlDecode(xml);
        Assert.Contains("src=\"http://localhost/media/harbour/images/chart.png\"", content, StringComparison.Ordinal);
        Assert.Contains("href=\"https://port.example/report\"", content, StringComparison.Ordinal);
        Assert.DoesNotContain("src=\"/", content, StringComparison.Ordinal);
    }
}
