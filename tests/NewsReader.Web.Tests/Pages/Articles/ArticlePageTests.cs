using System.Net;
using NewsReader.Web.Tests.Infrastructure;

namespace NewsReader.Web.Tests.Pages.Articles;

public sealed class ArticlePageTests : IDisposable
{
    private const string SeedPermalink = "/articles/trump-open-to-meeting-kim-jong-un-during-asia-trip";

    private readonly SeedsFolder _seeds = new SeedsFolder()
        .WithSeed()
        .With("one.txt", "Same headline\n\nFirst file's lead.\n\nMore.")
        .With("two.txt", "Same headline\n\nSecond file's lead.\n\nMore.");

    private readonly NewsReaderFactory _factory;

    public ArticlePageTests() => _factory = new NewsReaderFactory(_seeds);

    public void Dispose()
    {
        _factory.Dispose();
        _seeds.Dispose();
    }

    /// <summary>The seed's blocks, split here independently of the app's parser.</summary>
    private static string[] SeedBlocks() =>
        SeedsFolder.SeedText.ReplaceLineEndings("\n").Split("\n\n", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    [Fact]
    public async Task Get_SeedPermalink_HeadlineIsOnlyH1AndTitle()
    {
        var response = await _factory.CreateClient().GetAsync(new Uri(SeedPermalink, UriKind.Relative));
        var document = await Html.ParseAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var h1 = Assert.Single(document.QuerySelectorAll("h1"));
        Assert.Equal("Trump Open to Meeting Kim Jong Un During Asia Trip", h1.TextContent);
        Assert.Equal("Trump Open to Meeting Kim Jong Un During Asia Trip", document.Title);
        Assert.NotNull(document.QuerySelector("main article"));
    }

    [Fact]
    public async Task Get_SeedPermalink_EveryParagraphInFileOrderWithCaptionAndStandfirst()
    {
        var document = await Html.ParseAsync(await _factory.CreateClient().GetAsync(new Uri(SeedPermalink, UriKind.Relative)));
        var blocks = SeedBlocks();

        // The file has the photo's caption but not the photo: a note that says so, not an empty figure.
        Assert.Equal("Photo caption: " + blocks[1], document.QuerySelector("article .photo-caption")?.TextContent.Trim());
        Assert.Null(document.QuerySelector("article figure"));
        Assert.Equal(blocks[2..], document.Texts("article .article-body p"));
        Assert.Equal(blocks[2], document.QuerySelector(".article-body p.standfirst")?.TextContent);
        Assert.Equal("2 min read", document.QuerySelector("article .reading-time")?.TextContent);
    }

    [Fact]
    public async Task Get_SeedPermalink_CurlyQuotesAndEllipsisSentAsCharacters()
    {
        var html = await _factory.CreateClient().GetStringAsync(new Uri(SeedPermalink, UriKind.Relative));

        Assert.Contains("“I would [meet him]. If you want to put out the word, I’m open to it.”", html, StringComparison.Ordinal);
        Assert.Contains("sort of a nuclear power…", html, StringComparison.Ordinal);
        Assert.DoesNotContain("&#x201C;", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_SamePermalinkTwice_SameArticle()
    {
        var client = _factory.CreateClient();

        var first = await client.GetStringAsync(new Uri(SeedPermalink, UriKind.Relative));
        using var otherFactory = new NewsReaderFactory(_seeds);
        var second = await otherFactory.CreateClient().GetStringAsync(new Uri(SeedPermalink, UriKind.Relative));

        Assert.Equal(first, second);
    }

    [Fact]
    public async Task Get_EqualHeadlines_DistinctPermalinksToEachArticle()
    {
        var client = _factory.CreateClient();
        var front = await Html.ParseAsync(await client.GetAsync(new Uri("/", UriKind.Relative)));
        var links = front.QuerySelectorAll(".article-list h2 a")
            .Where(a => a.TextContent == "Same headline")
            .Select(a => a.GetAttribute("href")!)
            .ToList();

        Assert.Equal(2, links.Count);
        Assert.Equal("/articles/same-headline", links[0]);
        Assert.Matches("^/articles/same-headline-[0-9a-f]{8}$", links[1]);
        var second = await Html.ParseAsync(await client.GetAsync(new Uri(links[1], UriKind.Relative)));
        Assert.Equal("Second file's lead.", second.QuerySelector(".article-body p")?.TextContent);
    }

    [Fact]
    public async Task Get_Article_LinksToNeighboursInFrontPageOrder()
    {
        var client = _factory.CreateClient();
        var front = (await Html.ParseAsync(await client.GetAsync(new Uri("/", UriKind.Relative))))
            .QuerySelectorAll(".article-list h2 a").Select(a => a.GetAttribute("href")).ToList();

        var middle = await Html.ParseAsync(await client.GetAsync(new Uri(front[1]!, UriKind.Relative)));
        var first = await Html.ParseAsync(await client.GetAsync(new Uri(front[0]!, UriKind.Relative)));

        Assert.Equal(front[0], middle.QuerySelector(".article-nav a[rel=prev]")?.GetAttribute("href"));
        Assert.Equal(front[2], middle.QuerySelector(".article-nav a[rel=next]")?.GetAttribute("href"));
        Assert.Null(first.QuerySelector(".article-nav a[rel=prev]"));
        Assert.Equal("/", first.QuerySelector(".article-nav-home a")?.GetAttribute("href"));
    }

    [Fact]
    public async Task Get_PermalinkInOtherLetterCase_RedirectsPermanentlyToCanonical()
    {
        var response = await _factory.CreateNonRedirectingClient().GetAsync(new Uri("/articles/Trump-Open-To-Meeting-Kim-Jong-Un-During-Asia-Trip", UriKind.Relative));

        Assert.Equal(HttpStatusCode.MovedPermanently, response.StatusCode);
        Assert.Equal(SeedPermalink, response.Headers.Location?.OriginalString);
    }

    [Theory]
    [InlineData("/articles/no-such-article")]
    [InlineData("/articles/")]
    [InlineData("/articles/%3Cscript%3E")]
    public async Task Get_UnknownArticle_NotFoundPage(string path)
    {
        var response = await _factory.CreateClient().GetAsync(new Uri(path, UriKind.Relative));
        var document = await Html.ParseAsync(response);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("Page not found", document.QuerySelector("h1")?.TextContent);
    }
}
