using System.Net;
using System.Text.Json;
using AngleSharp.Dom;
using NewsReader.Web.Tests.Infrastructure;

namespace NewsReader.Web.Tests.Pages.Articles;

/// <summary>A Markdown article with a lead photo beside it: the page, its share meta, the API and the feed.</summary>
public sealed class LeadImageTests : IDisposable
{
    private const string LeadPath = "/articles/harbour-gets-a-new-crane";
    private const string SeedPath = "/articles/trump-open-to-meeting-kim-jong-un-during-asia-trip";

    private readonly SeedsFolder _seeds = new SeedsFolder().WithSeed()
        .With("harbour/images/lead.png", TestPng.Make(1600, 900))
        .With("harbour/crane.md", "---\ntitle: Harbour gets a new crane\nimage: images/lead.png\n---\n\n![The new crane over the quay at dawn](images/lead.png)\n\nThe harbour took delivery of its largest crane yet on Tuesday.\n\nIt will let two ships unload at once.\n")
        .With("night/sky.avif", [0, 0, 0, 0x1C, .. "ftypavif"u8.ToArray(), 0, 0, 0, 0])
        .With("night/stars.md", "---\ntitle: Stars over the bay\nimage: sky.avif\n---\n\nA clear night.\n")
        .With("remote.md", "---\ntitle: A picture from elsewhere\nimage: https://img.example/lead.png\n---\n\nThe picture lives on another site.\n");

    private readonly NewsReaderFactory _factory;

    public LeadImageTests() => _factory = new NewsReaderFactory(_seeds);

    public void Dispose()
    {
        _factory.Dispose();
        _seeds.Dispose();
    }

    private async Task<IDocument> PageAsync(string path) =>
        await Html.ParseAsync(await _factory.CreateClient().GetAsync(new Uri(path, UriKind.Relative)));

    private static string? Meta(IDocument document, string property) =>
        document.QuerySelector($"head meta[property='{property}'], head meta[name='{property}']")?.GetAttribute("content");

    [Fact]
    public async Task Get_ArticleWithMediaLeadImage_ResponsiveFigureLoadedAtOnceWithItsSize()
    {
        var page = await PageAsync(LeadPath);

        var image = page.QuerySelector("article figure.lead-figure img.lead-image");
        Assert.NotNull(image);
        Assert.Equal("/media/harbour/images/lead.png?w=960", image.GetAttribute("src"));
        Assert.Equal(
            "/media/harbour/images/lead.png?w=320 320w, /media/harbour/images/lead.png?w=640 640w, /media/harbour/images/lead.png?w=960 960w, /media/harbour/images/lead.png?w=1280 1280w",
            image.GetAttribute("srcset"));
        Assert.EndsWith("calc(100vw - 2rem)", image.GetAttribute("sizes"), StringComparison.Ordinal);
        Assert.Equal(("1600", "900"), (image.GetAttribute("width"), image.GetAttribute("height")));
        Assert.Equal("high", image.GetAttribute("fetchpriority"));
        Assert.False(image.HasAttribute("loading"));
        Assert.Equal("The new crane over the quay at dawn", image.GetAttribute("alt"));
        // The body's copy of the same picture is gone: it is shown once.
        Assert.Empty(page.QuerySelectorAll(".article-body img"));
    }

    [Fact]
    public async Task Get_LeadImageOfUnknownSize_EveryCopyOfferedAndItsFrameKept()
    {
        var page = await PageAsync("/articles/stars-over-the-bay");

        var image = page.QuerySelector("img.lead-image");
        Assert.NotNull(image);
        Assert.Equal(5, image.GetAttribute("srcset")?.Split(", ").Length);
        Assert.False(image.HasAttribute("width"));
        Assert.Contains("lead-image-unsized", image.ClassList);
    }

    [Fact]
    public async Task Get_ArticleWithMediaLeadImage_ShareMetaIsTheLeadOnTheAppsAddress()
    {
        var page = await PageAsync(LeadPath);

        Assert.Equal("http://localhost/media/harbour/images/lead.png?w=1280", Meta(page, "og:image"));
        Assert.Equal(Meta(page, "og:image"), Meta(page, "twitter:image"));
        Assert.Equal(("1280", "720"), (Meta(page, "og:image:width"), Meta(page, "og:image:height")));
        Assert.Null(Meta(page, "og:image:type"));
        Assert.Equal("summary_large_image", Meta(page, "twitter:card"));
        using var jsonLd = JsonDocument.Parse(page.QuerySelector("script[type='application/ld+json']")!.TextContent);
        Assert.Equal(Meta(page, "og:image"), jsonLd.RootElement.GetProperty("image")[0].GetString());
    }

    [Fact]
    public async Task Get_ArticleWithoutLeadImage_NoFigureAndTheShareCardAsBefore()
    {
        var page = await PageAsync(SeedPath);

        Assert.Null(page.QuerySelector("article figure"));
        Assert.Empty(page.QuerySelectorAll("img"));
        Assert.Matches(@"^http://localhost/cards/[0-9a-f]{16}-[0-9a-f]{10}\.png$", Meta(page, "og:image"));
        Assert.Equal("image/png", Meta(page, "og:image:type"));
        Assert.Equal(("1200", "630"), (Meta(page, "og:image:width"), Meta(page, "og:image:height")));
        Assert.Equal(Meta(page, "og:image"), Meta(page, "twitter:image"));
    }

    [Fact]
    public async Task Get_ArticleWithRemoteLeadImage_FigureAndShareImageFromTheAppsProxy()
    {
        var page = await PageAsync("/articles/a-picture-from-elsewhere");

        var image = page.QuerySelector("article figure.lead-figure img.lead-image");
        Assert.NotNull(image);
        Assert.StartsWith("/images/remote/", image.GetAttribute("src"), StringComparison.Ordinal);
        Assert.DoesNotContain("img.example", page.DocumentElement.OuterHtml, StringComparison.Ordinal);
        Assert.StartsWith("http://localhost/images/remote/", Meta(page, "og:image"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_PlainTextWithPhotoCaption_QuietNoteThatSaysWhatItIs()
    {
        var page = await PageAsync(SeedPath);

        var note = page.QuerySelector("article .photo-caption");
        Assert.Equal("Photo caption: Donald Trump and Kim Jong Un at a potential diplomatic meeting in Asia.", note?.TextContent.Trim());
        Assert.Null(page.QuerySelector(".caption-label"));
    }

    [Fact]
    public async Task GetApi_ListAndArticle_LeadImageAndThumbnailOnTheAppsAddress()
    {
        var client = _factory.CreateClient();
        using var list = JsonDocument.Parse(await client.GetStringAsync(new Uri("/api/articles", UriKind.Relative)));
        var items = list.RootElement.GetProperty("items").EnumerateArray().ToDictionary(item => item.GetProperty("title").GetString()!);

        var crane = items["Harbour gets a new crane"];
        Assert.Equal("http://localhost/media/harbour/images/lead.png", crane.GetProperty("leadImage").GetString());
        Assert.Equal("http://localhost/media/harbour/images/lead.png?w=320", crane.GetProperty("thumbnail").GetString());
        Assert.StartsWith("http://localhost/images/remote/", items["A picture from elsewhere"].GetProperty("leadImage").GetString(), StringComparison.Ordinal);
        Assert.Equal(JsonValueKind.Null, items["Trump Open to Meeting Kim Jong Un During Asia Trip"].GetProperty("thumbnail").ValueKind);

        using var one = JsonDocument.Parse(await client.GetStringAsync(new Uri("/api/articles/" + crane.GetProperty("id").GetString(), UriKind.Relative)));
        Assert.Equal("http://localhost/media/harbour/images/lead.png?w=320", one.RootElement.GetProperty("thumbnail").GetString());
    }

    [Theory]
    [InlineData("/feed.atom")]
    [InlineData("/feed.rss")]
    public async Task GetFeed_ArticleWithLeadImage_MediaThumbnailOnTheAppsAddress(string feed)
    {
        var response = await _factory.CreateClient().GetAsync(new Uri(feed, UriKind.Relative));
        var xml = System.Xml.Linq.XDocument.Parse(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var thumbnails = xml.Descendants(System.Xml.Linq.XName.Get("thumbnail", "http://search.yahoo.com/mrss/")).Select(thumbnail => thumbnail.Attribute("url")?.Value).Order();
        Assert.Collection(
            thumbnails,
            proxied => Assert.Matches(@"^http://localhost/images/remote/[^?]+\?w=640$", proxied),
            local => Assert.Equal("http://localhost/media/harbour/images/lead.png?w=640", local),
            avif => Assert.Equal("http://localhost/media/night/sky.avif?w=640", avif));
    }
}
