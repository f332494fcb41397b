using System.Text.Json;
using AngleSharp.Dom;
using NewsReader.Web.Tests.Infrastructure;

namespace NewsReader.Web.Tests.Pages.Articles;

/// <summary>What a chat app's or search engine's crawler reads from the &lt;head&gt;.</summary>
public sealed class ArticleMetaTests : IDisposable
{
    private const string SeedPath = "/articles/trump-open-to-meeting-kim-jong-un-during-asia-trip";
    private const string Headline = "Trump Open to Meeting Kim Jong Un During Asia Trip";

    private readonly SeedsFolder _seeds = new SeedsFolder().WithSeed();

    public void Dispose() => _seeds.Dispose();

    private async Task<IDocument> HeadOfSeedAsync(IDictionary<string, string?>? settings = null)
    {
        using var factory = new NewsReaderFactory(_seeds, settings);
        return await Html.ParseAsync(await factory.CreateClient().GetAsync(new Uri(SeedPath, UriKind.Relative)));
    }

    private static string? Meta(IDocument document, string property) =>
        document.QuerySelector($"head meta[property='{property}'], head meta[name='{property}']")?.GetAttribute("content");

    [Fact]
    public async Task Get_Article_CanonicalIsAbsoluteFromRequest()
    {
        var document = await HeadOfSeedAsync();

        Assert.Equal("http://localhost" + SeedPath, document.QuerySelector("head link[rel=canonical]")?.GetAttribute("href"));
        Assert.Equal("http://localhost" + SeedPath, Meta(document, "og:url"));
    }

    [Fact]
    public async Task Get_Article_BaseUrlConfigured_CanonicalAndImageUseIt()
    {
        var document = await HeadOfSeedAsync(new Dictionary<string, string?> { ["Site:BaseUrl"] = "https://news.example.org/" });

        Assert.Equal("https://news.example.org" + SeedPath, document.QuerySelector("link[rel=canonical]")?.GetAttribute("href"));
        Assert.StartsWith("https://news.example.org/cards/87e463ba83310d3b-", Meta(document, "og:image"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_Article_OpenGraphAndTwitterCardDescribeIt()
    {
        var document = await HeadOfSeedAsync();

        Assert.Equal(Headline, Meta(document, "og:title"));
        Assert.Equal("article", Meta(document, "og:type"));
        Assert.Equal("NewsReader", Meta(document, "og:site_name"));
        Assert.StartsWith("Former U.S. President Donald Trump has said he is open", Meta(document, "og:description"), StringComparison.Ordinal);
        Assert.Equal(Meta(document, "og:description"), Meta(document, "description"));
        Assert.True(Meta(document, "description")!.Length <= 200);
        Assert.Matches(@"^http://localhost/cards/87e463ba83310d3b-[0-9a-f]{10}\.png$", Meta(document, "og:image"));
        Assert.Equal("1200", Meta(document, "og:image:width"));
        Assert.Equal("630", Meta(document, "og:image:height"));
        Assert.Contains(Headline, Meta(document, "og:image:alt"), StringComparison.Ordinal);
        Assert.Equal("summary_large_image", Meta(document, "twitter:card"));
        Assert.Equal(Meta(document, "og:image"), Meta(document, "twitter:image"));
    }

    [Fact]
    public async Task Get_Article_JsonLdIsNewsArticleWithOnlyKnownFacts()
    {
        var document = await HeadOfSeedAsync();
        var script = Assert.Single(document.QuerySelectorAll("head script[type='application/ld+json']"));

        using var json = JsonDocument.Parse(script.TextContent);
        var root = json.RootElement;
        Assert.Equal("https://schema.org", root.GetProperty("@context").GetString());
        Assert.Equal("NewsArticle", root.GetProperty("@type").GetString());
        Assert.Equal(Headline, root.GetProperty("headline").GetString());
        Assert.Equal("http://localhost" + SeedPath, root.GetProperty("url").GetString());
        Assert.Equal(Meta(document, "og:image"), root.GetProperty("image")[0].GetString());
        Assert.Equal(Meta(document, "description"), root.GetProperty("description").GetString());
        Assert.Equal("NewsReader", root.GetProperty("publisher").GetProperty("name").GetString());
        Assert.False(root.TryGetProperty("datePublished", out _), "the seed has no date; none may be invented");
        Assert.False(root.TryGetProperty("author", out _), "the seed has no byline; none may be invented");
    }

    [Fact]
    public async Task Get_ArticleWithMarkupInHeadline_JsonLdCannotCloseItsScript()
    {
        _seeds.With("evil.txt", "Break </script><script>alert(1)</script> out\n\nBody & more <b>bold</b>.");
        using var factory = new NewsReaderFactory(_seeds);
        var document = await Html.ParseAsync(await factory.CreateClient().GetAsync(new Uri("/articles/break-script-script-alert-1-script-out", UriKind.Relative)));

        Assert.Empty(document.QuerySelectorAll("body script:not([src])"));
        Assert.Equal("Break </script><script>alert(1)</script> out", document.QuerySelector("h1")?.TextContent);
        using var json = JsonDocument.Parse(document.QuerySelector("script[type='application/ld+json']")!.TextContent);
        Assert.Equal("Break </script><script>alert(1)</script> out", json.RootElement.GetProperty("headline").GetString());
        Assert.Equal("Body & more <b>bold</b>.", document.QuerySelector(".article-body p")?.TextContent);
    }

    [Fact]
    public async Task Get_Article_JsonLdScriptTypeWrittenLiterally()
    {
        using var factory = new NewsReaderFactory(_seeds);

        var html = await factory.CreateClient().GetStringAsync(new Uri(SeedPath, UriKind.Relative));

        // Crawlers that scan raw HTML look for this exact text.
        Assert.Contains("<script type=\"application/ld+json\">{", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_FrontPage_HasCanonicalDescriptionAndWebSiteJsonLd()
    {
        using var factory = new NewsReaderFactory(_seeds);
        var document = await Html.ParseAsync(await factory.CreateClient().GetAsync(new Uri("/", UriKind.Relative)));

        Assert.Equal("http://localhost/", document.QuerySelector("link[rel=canonical]")?.GetAttribute("href"));
        Assert.False(string.IsNullOrWhiteSpace(Meta(document, "description")));
        Assert.Equal("website", Meta(document, "og:type"));
        using var json = JsonDocument.Parse(document.QuerySelector("script[type='application/ld+json']")!.TextContent);
        Assert.Equal("WebSite", json.RootElement.GetProperty("@type").GetString());
        Assert.Equal("http://localhost/", json.RootElement.GetProperty("url").GetString());
        Assert.Equal("NewsReader", json.RootElement.GetProperty("name").GetString());
    }

    [Theory]
    [InlineData("/")]
    [InlineData(SeedPath)]
    [InlineData("/no-such-page")]
    public async Task Get_AnyPage_AdvertisesBothFeeds(string path)
    {
        using var factory = new NewsReaderFactory(_seeds);
        var document = await Html.ParseAsync(await factory.CreateClient().GetAsync(new Uri(path, UriKind.Relative)));

        Assert.Equal("/feed.atom", document.QuerySelector("link[rel=alternate][type='application/atom+xml']")?.GetAttribute("href"));
        Assert.Equal("/feed.rss", document.QuerySelector("link[rel=alternate][type='application/rss+xml']")?.GetAttribute("href"));
    }
}
