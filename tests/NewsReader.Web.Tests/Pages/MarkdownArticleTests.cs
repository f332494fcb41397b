using System.Net;
using NewsReader.Web.Tests.Infrastructure;

namespace NewsReader.Web.Tests.Pages;

public sealed class MarkdownArticleTests : IDisposable
{
    // The smallest valid PNG: a 1×1 transparent pixel.
    // A chart-sized picture: a tiny one would be taken for an icon and left where it is.
    private static readonly byte[] Png = TestPng.Make(640, 360);

    private readonly SeedsFolder _seeds = new();
    private readonly NewsReaderFactory _factory;

    public MarkdownArticleTests()
    {
        _seeds.With("blog/images/chart.png", Png);
        _seeds.With("secret.txt", "Not an image, not served.");
        _seeds.With("blog/post.md", "---\ntitle: Bus punctuality improves\nauthor: Jane Doe\ndate: 2025-06-02 09:15\nimage: images/chart.png\ntags: [transport]\n---\n\nBuses ran on time more often this spring.\n\n## The figures\n\n![Chart](images/chart.png)\n\n| Route | On time |\n|---|---|\n| 7 | 91% |\n\nSee [the report](https://example.org/report).\n");
        _factory = new NewsReaderFactory(_seeds);
    }

    public void Dispose()
    {
        _factory.Dispose();
        _seeds.Dispose();
    }

    [Fact]
    public async Task Get_MarkdownArticle_RenderedWithMetadataAndLocalImages()
    {
        var client = _factory.CreateClient();
        var page = await Html.ParseAsync(await client.GetAsync(new Uri("/articles/bus-punctuality-improves", UriKind.Relative)));

        Assert.Equal("Bus punctuality improves", page.QuerySelector("h1")?.TextContent);
        Assert.Equal("By Jane Doe", page.QuerySelector(".byline")?.TextContent);
        Assert.Equal("2025-06-02T09:15:00.0000000+00:00", page.QuerySelector(".article-header time")?.GetAttribute("datetime"));
        Assert.Equal("sec-the-figures", page.QuerySelector(".article-body h2")?.Id);
        Assert.Equal("91%", page.QuerySelector(".article-body td:last-child")?.TextContent);
        Assert.Equal("noopener noreferrer", page.QuerySelector(".article-body a[href^='https://example.org']")?.GetAttribute("rel"));
        // The chart is also the front matter's lead image: shown once, at the top, with the body's alt text.
        Assert.Equal("/media/blog/images/chart.png?w=640", page.QuerySelector(".lead-image")?.GetAttribute("src"));
        Assert.Equal("Chart", page.QuerySelector(".lead-image")?.GetAttribute("alt"));
        Assert.Null(page.QuerySelector(".article-body img"));

        var image = await client.GetAsync(new Uri(page.QuerySelector(".lead-image")!.GetAttribute("src")!.Split('?')[0], UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, image.StatusCode);
        Assert.Equal("image/png", image.Content.Headers.ContentType?.MediaType);
        Assert.Equal(Png, await image.Content.ReadAsByteArrayAsync());
    }

    [Theory]
    [InlineData("/media/secret.txt")]
    [InlineData("/media/blog/../secret.txt")]
    [InlineData("/media/..%2Fsecret.png")]
    [InlineData("/media/blog/images/missing.png")]
    [InlineData("/media/.newsreader/permalinks.tsv")]
    public async Task Get_MediaOutsideImagesOrFolder_NotFound(string path)
    {
        var response = await _factory.CreateClient().GetAsync(new Uri(path, UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
