using System.Net;
using NewsReader.Web.Tests.Infrastructure;

namespace NewsReader.Web.Tests.Pages;

public sealed class IndexPageTests : IDisposable
{
    private readonly SeedsFolder _seeds = new SeedsFolder()
        .WithSeed()
        .With("b-story.txt", "Bravo headline\n\nBravo lead paragraph explains the story.\n\nMore.")
        .With("a-story.txt", "Alpha headline\n\nAlpha lead paragraph explains the story.\n\nMore.");

    private readonly NewsReaderFactory _factory;

    public IndexPageTests() => _factory = new NewsReaderFactory(_seeds);

    public void Dispose()
    {
        _factory.Dispose();
        _seeds.Dispose();
    }

    [Fact]
    public async Task Get_FrontPage_ShowsSiteNameAndEveryArticleInFileOrder()
    {
        var response = await _factory.CreateClient().GetAsync(new Uri("/", UriKind.Relative));
        var document = await Html.ParseAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("NewsReader", document.Title);
        Assert.Equal("NewsReader", document.QuerySelector("header .site-name")?.TextContent);
        Assert.Equal(
            ["Trump Open to Meeting Kim Jong Un During Asia Trip", "Alpha headline", "Bravo headline"],
            document.Texts(".article-list article h2 a"));
    }

    [Fact]
    public async Task Get_FrontPage_EachTeaserLinksToPermalinkWithStandfirstAndReadingTime()
    {
        var document = await Html.ParseAsync(await _factory.CreateClient().GetAsync(new Uri("/", UriKind.Relative)));

        var seed = document.QuerySelectorAll(".article-list article")[0];
        Assert.Equal("/articles/trump-open-to-meeting-kim-jong-un-during-asia-trip", seed.QuerySelector("h2 a")?.GetAttribute("href"));
        Assert.StartsWith("Former U.S. President Donald Trump has said", seed.QuerySelector(".teaser-standfirst")?.TextContent, StringComparison.Ordinal);
        Assert.Equal("2 min read", seed.QuerySelector(".reading-time")?.TextContent);
    }

    [Fact]
    public async Task Get_FrontPage_UsesSemanticLandmarksAndOwnStylesheet()
    {
        var document = await Html.ParseAsync(await _factory.CreateClient().GetAsync(new Uri("/", UriKind.Relative)));

        Assert.NotNull(document.QuerySelector("body > header"));
        Assert.NotNull(document.QuerySelector("body > main#content"));
        Assert.NotNull(document.QuerySelector("body > footer"));
        Assert.Single(document.QuerySelectorAll("h1"));
        // Scripts only from the app's own files: the CSP allows no inline script.
        Assert.Empty(document.QuerySelectorAll("script:not([type='application/ld+json']):not([src])"));
        Assert.All(document.QuerySelectorAll("script[src]"), script => Assert.StartsWith("/js/", script.GetAttribute("src"), StringComparison.Ordinal));
        var stylesheet = document.QuerySelector("link[rel=stylesheet]")?.GetAttribute("href");
        Assert.StartsWith("/css/site", stylesheet, StringComparison.Ordinal);

        var css = await _factory.CreateClient().GetAsync(new Uri(stylesheet!, UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, css.StatusCode);
        Assert.Equal("text/css", css.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Get_EmptySeedsFolder_FrontPageSaysSoWith200()
    {
        using var empty = new SeedsFolder();
        using var factory = new NewsReaderFactory(empty);

        var response = await factory.CreateClient().GetAsync(new Uri("/", UriKind.Relative));
        var document = await Html.ParseAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("No articles yet", document.QuerySelector("main")?.TextContent, StringComparison.Ordinal);
    }
}
