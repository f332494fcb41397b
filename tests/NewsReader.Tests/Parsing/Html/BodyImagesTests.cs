using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using NewsReader.Articles;
using NewsReader.Files;
using NewsReader.Parsing;
using NewsReader.Tests.TestData;

namespace NewsReader.Tests.Parsing.Html;

/// <summary>A saved page's photos: kept with their captions and credits, lazy ones recovered, non-photos left out.</summary>
public sealed class BodyImagesTests
{
    // The page declares a lead photo of its own, so the body's first photo stays in the body
    // (a first photo with no declared lead becomes the lead image: LeadImageChoiceTests).
    private const string Canonical = "<link rel=\"canonical\" href=\"https://news.example/2026/harbour-ferry\">" +
        "<meta property=\"og:image\" content=\"https://img.news.example/lead-1600.jpg\">";

    [Fact]
    public void Parse_FigureWithCaptionAndCredit_KeptTogether()
    {
        var body = Body(Parse(
            "<article><h1>" + SavedPage.Title + "</h1>" +
            "<figure><img src=\"https://img.news.example/ferry.jpg\" alt=\"The ferry leaving the quay\" width=\"1200\" height=\"800\">" +
            "<figcaption>The ferry leaving the quay on Monday. <span class=\"photo-credit\">Jane Roe/AP</span></figcaption></figure>" + SavedPage.Story + "</article>", Canonical));

        var image = body.QuerySelector("figure > img")!;
        Assert.Equal("https://img.news.example/ferry.jpg", image.GetAttribute("src"));
        Assert.Equal("The ferry leaving the quay", image.GetAttribute("alt"));
        Assert.Equal(("1200", "800"), (image.GetAttribute("width"), image.GetAttribute("height")));
        Assert.Equal(("lazy", "async"), (image.GetAttribute("loading"), image.GetAttribute("decoding")));
        var caption = body.QuerySelector("figure > figcaption")!;
        Assert.StartsWith("The ferry leaving the quay on Monday.", caption.TextContent, StringComparison.Ordinal);
        Assert.Equal("Jane Roe/AP", caption.QuerySelector("span.credit")?.TextContent);
    }

    [Theory]
    [InlineData("<img src=\"data:image/gif;base64,R0lGODlhAQABAAAAACw=\" data-src=\"https://img.news.example/ferry.jpg\" alt=\"ferry\">")]
    [InlineData("<img src=\"/static/blank.gif\" data-original=\"https://img.news.example/ferry.jpg\" alt=\"ferry\">")]
    [InlineData("<img data-lazy-src=\"https://img.news.example/ferry.jpg\" alt=\"ferry\">")]
    [InlineData("<img src=\"https://img.news.example/ferry-320.jpg\" srcset=\"https://img.news.example/ferry-320.jpg 320w, https://img.news.example/ferry.jpg 1600w, https://img.news.example/ferry-800.jpg 800w\" alt=\"ferry\">")]
    [InlineData("<img src=\"data:image/gif;base64,R0lGODlhAQABAAAAACw=\" data-srcset=\"https://img.news.example/ferry-640.jpg 640w, https://img.news.example/ferry.jpg 1280w\" alt=\"ferry\">")]
    [InlineData("<picture><source srcset=\"https://img.news.example/ferry.jpg 1600w, https://img.news.example/ferry-640.jpg 640w\"><img alt=\"ferry\"></picture>")]
    [InlineData("<img src=\"data:image/gif;base64,R0lGODlhAQABAAAAACw=\" class=\"lazy\" alt=\"ferry\"><noscript><img src=\"https://img.news.example/ferry.jpg\" alt=\"ferry\"></noscript>")]
    public void Parse_LazyLoadedPhoto_RealAddressRecovered(string markup)
    {
        var body = Body(Parse($"<article><h1>{SavedPage.Title}</h1><figure>{markup}<figcaption>The ferry leaving the quay on Monday.</figcaption></figure>{SavedPage.Story}</article>", Canonical));

        var images = body.QuerySelectorAll("img").ToList();
        Assert.Single(images);
        Assert.Equal("https://img.news.example/ferry.jpg", images[0].GetAttribute("src"));
        Assert.Null(images[0].GetAttribute("srcset"));
    }

    [Theory]
    [InlineData("", "/images/ferry.jpg", "https://news.example/images/ferry.jpg")]
    [InlineData("", "../pictures/ferry.jpg", "https://news.example/pictures/ferry.jpg")]
    [InlineData("", "//cdn.news.example/ferry.jpg", "https://cdn.news.example/ferry.jpg")]
    [InlineData("<base href=\"https://static.news.example/assets/\">", "ferry.jpg", "https://static.news.example/assets/ferry.jpg")]
    public void Parse_RemotePhoto_KeptAsAbsoluteAddress(string head, string src, string expected)
    {
        var body = Body(Parse($"<article><h1>{SavedPage.Title}</h1><figure><img src=\"{src}\" alt=\"ferry\"><figcaption>The ferry leaving the quay on Monday.</figcaption></figure>{SavedPage.Story}</article>", Canonical + head));

        Assert.Equal(expected, body.QuerySelector("img")?.GetAttribute("src"));
    }

    [Theory]
    [InlineData("<figure><img src=\"data:image/gif;base64,R0lGODlhAQABAAAAACw=\" alt=\"\"><figcaption>Harbour crowds at dawn. <span class=\"credit\">Credit: AP</span></figcaption></figure>")]
    [InlineData("<div class=\"image-block\"><img alt=\"\"><span class=\"caption\">Harbour crowds at dawn.</span> <span class=\"credit\">Credit: AP</span></div>")]
    [InlineData("<figure><img src=\"https://track.news.example/pixel.gif\" width=\"1\" height=\"1\" alt=\"\"><figcaption>Harbour crowds at dawn. Credit: AP</figcaption></figure>")]
    public void Parse_PhotoThatCannotBeHad_CaptionAndCreditGoWithIt(string markup)
    {
        var article = Parse($"<article><h1>{SavedPage.Title}</h1>{SavedPage.Story[..(SavedPage.Story.Length / 2)]}{markup}{SavedPage.Story}</article>", Canonical);

        Assert.DoesNotContain("Harbour crowds", article.BodyHtml, StringComparison.Ordinal);
        Assert.DoesNotContain("Credit: AP", article.BodyHtml, StringComparison.Ordinal);
        Assert.Empty(Body(article).QuerySelectorAll("img, figure, figcaption"));
    }

    [Fact]
    public void Parse_CompleteSaveWithPixelTeaserAndExtensionlessPhoto_OnlyThePhotoServedFromMedia()
    {
        using var seeds = new TempFolder();
        seeds.Write("news/ferry_files/image", Png(640, 480));
        seeds.Write("news/ferry_files/p.gif", Png(1, 1));
        seeds.Write("news/ferry_files/thumb.jpg", Png(300, 200));
        var html = SavedPage.Page(
            $"<article><h1>{SavedPage.Title}</h1><figure><img src=\"ferry_files/image\" alt=\"ferry\"><figcaption>The ferry leaving the quay on Monday.</figcaption></figure>{SavedPage.Story}" +
            "<img src=\"ferry_files/p.gif\" alt=\"\">" +
            "<div class=\"card\"><a href=\"https://news.example/2026/new-chief\"><img src=\"ferry_files/thumb.jpg\" alt=\"\"></a><h3><a href=\"https://news.example/2026/new-chief\">Ferry company names new chief</a></h3></div></article>", Canonical);
        seeds.Write("news/ferry.html", html);

        var result = ArticleFileParser.Parse(Encoding.UTF8.GetBytes(html), "news/ferry.html", boundary: new SeedsFolderBoundary(seeds.Path));

        Assert.True(result.IsSuccess, result.Error);
        var image = Assert.Single(Body(result.Value).QuerySelectorAll("img"));
        Assert.Equal("/media/news/ferry_files/image", image.GetAttribute("src"));
        Assert.Equal(("640", "480"), (image.GetAttribute("width"), image.GetAttribute("height")));
        Assert.Empty(result.Value.MissingImages);
    }

    [Fact]
    public void Parse_MarkdownImageMissing_LeftOutAndListed()
    {
        using var seeds = new TempFolder();
        seeds.Write("posts/images/chart.png", Png(800, 600));
        var markdown = "# Harbour figures\n\nThe ferry carried more passengers than ever.\n\n![Passengers by month](images/chart.png)\n\n![Lost photo](images/gone.jpg)\n\nMore text after.\n";

        var article = ParseMarkdown(seeds, markdown);

        var image = Assert.Single(Body(article).QuerySelectorAll("img"));
        Assert.Equal("/media/posts/images/chart.png", image.GetAttribute("src"));
        Assert.Equal(("800", "600"), (image.GetAttribute("width"), image.GetAttribute("height")));
        Assert.Equal("images/gone.jpg", Assert.Single(article.MissingImages));
    }

    [Fact]
    public void Parse_FrontMatterImageMissing_NoLeadImageAndListed()
    {
        using var seeds = new TempFolder();

        var article = ParseMarkdown(seeds, "---\ntitle: Harbour figures\nimage: images/lead.jpg\n---\n\nThe ferry carried more passengers than ever.\n");

        Assert.Null(article.LeadImage);
        Assert.Equal("images/lead.jpg", Assert.Single(article.MissingImages));
    }

    [Fact]
    public void Parse_MarkdownRemoteImage_KeptAsAbsoluteAddressForTheRewrite()
    {
        var result = ArticleFileParser.Parse("# Title\n\nText before.\n\n![Chart](//img.news.example/chart.png)\n\nText after.\n"u8.ToArray(), "post.md");

        Assert.Equal("https://img.news.example/chart.png", Body(result.Value!).QuerySelector("img")?.GetAttribute("src"));
    }

    private static Article ParseMarkdown(TempFolder seeds, string markdown)
    {
        seeds.Write("posts/figures.md", markdown);
        var result = ArticleFileParser.Parse(Encoding.UTF8.GetBytes(markdown), "posts/figures.md", boundary: new SeedsFolderBoundary(seeds.Path));
        Assert.True(result.IsSuccess, result.Error);
        return result.Value;
    }

    private static Article Parse(string body, string head)
    {
        var result = ArticleFileParser.Parse(Encoding.UTF8.GetBytes(SavedPage.Page(body, head)), "page.html");
        Assert.True(result.IsSuccess, result.Error);
        return result.Value;
    }

    private static IElement Body(Article article) => new HtmlParser().ParseDocument($"<body>{article.BodyHtml}</body>").Body!;

    /// <summary>The first bytes of a PNG of the given size: enough for its header to be read.</summary>
    private static byte[] Png(int width, int height)
    {
        var bytes = new byte[64];
        ((byte[])[0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, (byte)'I', (byte)'H', (byte)'D', (byte)'R']).CopyTo(bytes, 0);
        System.Buffers.Binary.BinaryPrimitives.WriteInt32BigEndian(bytes.AsSpan(16), width);
        System.Buffers.Binary.BinaryPrimitives.WriteInt32BigEndian(bytes.AsSpan(20), height);
        return bytes;
    }
}
