using System.Globalization;
using AngleSharp.Dom;
using NewsReader.Web.Tests.Infrastructure;

namespace NewsReader.Web.Tests.Pages;

/// <summary>Lead pictures as small thumbnails in lists: sized, responsive, from this site only, lazy below the fold.</summary>
public sealed class ThumbnailTests : IDisposable
{
    private const int Pictured = 6;

    private readonly SeedsFolder _seeds;
    private readonly NewsReaderFactory _factory;

    public ThumbnailTests()
    {
        // Six dated posts with a picture each (newest first on the page), one dated post whose
        // picture lives on another site (linked, not proxied: never a thumbnail), and one without a picture.
        _seeds = new SeedsFolder().With("images/photo.png", TestPng.Make(1600, 900));
        for (var number = 1; number <= Pictured; number++)
        {
            _seeds.With($"post{number}.md", string.Create(CultureInfo.InvariantCulture, $"---\ntitle: Pictured story {number}\ndate: 2024-03-{20 - number:00}T09:00:00Z\nimage: images/photo.png\n---\n\nThe story told in pictures.\n"));
        }

        _seeds.With("remote.md", "---\ntitle: A picture from elsewhere\ndate: 2024-03-01T09:00:00Z\nimage: https://img.example/lead.png\n---\n\nThe picture lives on another site.\n")
            .With("plain.md", "---\ntitle: No picture at all\ndate: 2024-02-01T09:00:00Z\n---\n\nJust words.\n");
        _factory = new NewsReaderFactory(_seeds, new Dictionary<string, string?> { ["Images:Remote"] = "link" });
    }

    public void Dispose()
    {
        _factory.Dispose();
        _seeds.Dispose();
    }

    private async Task<IDocument> FrontPageAsync() => await Html.ParseAsync(await _factory.CreateClient().GetAsync(new Uri("/", UriKind.Relative)));

    [Fact]
    public async Task Get_FrontPage_ThumbnailSizedResponsiveAndDecorative()
    {
        var page = await FrontPageAsync();

        var image = page.QuerySelector(".article-list > li:first-child .teaser.has-thumbnail img.teaser-thumbnail");
        Assert.NotNull(image);
        Assert.Equal("/media/images/photo.png?w=320", image.GetAttribute("src"));
        Assert.Equal("/media/images/photo.png?w=320 320w, /media/images/photo.png?w=640 640w", image.GetAttribute("srcset"));
        Assert.Equal("(min-width: 40rem) 150px, 96px", image.GetAttribute("sizes"));
        Assert.Equal(("150", "100"), (image.GetAttribute("width"), image.GetAttribute("height")));
        Assert.Equal("", image.GetAttribute("alt"));
        Assert.Equal("async", image.GetAttribute("decoding"));
    }

    [Fact]
    public async Task Get_FrontPage_FirstThumbnailsLoadAtOnceTheRestLazily()
    {
        var page = await FrontPageAsync();

        var loading = page.QuerySelectorAll("img.teaser-thumbnail").Select(image => image.GetAttribute("loading")).ToList();

        Assert.Equal(Pictured, loading.Count);
        Assert.Equal([null, null, null, "lazy", "lazy", "lazy"], loading);
    }

    [Fact]
    public async Task Get_FrontPage_OnlySiteRelativePicturesBecomeThumbnails()
    {
        var page = await FrontPageAsync();

        Assert.All(page.QuerySelectorAll("img.teaser-thumbnail"), image => Assert.StartsWith("/media/", image.GetAttribute("src"), StringComparison.Ordinal));
        var teasers = page.QuerySelectorAll(".article-list .teaser");
        var remote = teasers.Single(t => t.QuerySelector("h2")!.TextContent == "A picture from elsewhere");
        var plain = teasers.Single(t => t.QuerySelector("h2")!.TextContent == "No picture at all");
        Assert.Null(remote.QuerySelector("img"));
        Assert.Null(plain.QuerySelector("img"));
        Assert.DoesNotContain("has-thumbnail", plain.ClassName, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(320)]
    [InlineData(640)]
    public async Task Get_ThumbnailWidth_ImageServiceMakesIt(int width)
    {
        using var response = await _factory.CreateClient().GetAsync(new Uri($"/media/images/photo.png?w={width}", UriKind.Relative));

        Assert.True(response.IsSuccessStatusCode);
        Assert.StartsWith("image/", response.Content.Headers.ContentType?.MediaType, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_SearchResults_TeasersCarryThumbnailsToo()
    {
        var page = await Html.ParseAsync(await _factory.CreateClient().GetAsync(new Uri("/search?q=story", UriKind.Relative)));

        Assert.NotEmpty(page.QuerySelectorAll(".search-results .teaser.has-thumbnail img.teaser-thumbnail"));
    }
}
