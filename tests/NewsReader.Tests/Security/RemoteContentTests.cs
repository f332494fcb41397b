using AngleSharp.Html.Parser;
using NewsReader.Parsing;
using NewsReader.Parsing.Html;

namespace NewsReader.Tests.Security;

/// <summary>
/// Pictures from other hosts tell them who reads what, and feeds and the API carry article HTML
/// where no Content-Security-Policy protects the reader. The parser keeps another site's picture as
/// one plain absolute address, whatever URL form it was written in, so that the rewrite after
/// parsing recognises every one (and proxies or drops it); picture sets and other ways of naming
/// a picture go. A link to another site opens without handing the page over.
/// </summary>
public sealed class RemoteContentTests
{
    [Theory]
    [InlineData("<img src=\"//img.example/t.png\" alt=\"a\">", "https://img.example/t.png")]
    [InlineData("<img src=\"\\\\img.example\\t.png\" alt=\"a\">", "https://img.example/t.png")]
    [InlineData("<img src=\"/\\img.example/t.png\" alt=\"a\">", "https://img.example/t.png")]
    [InlineData("<img src=\"\\/img.example/t.png\" alt=\"a\">", "https://img.example/t.png")]
    [InlineData("<img src=\" //img.example/t.png\" alt=\"a\">", "https://img.example/t.png")]
    [InlineData("<img src=\"/&#9;/img.example/t.png\" alt=\"a\">", "https://img.example/t.png")]
    [InlineData("<img src=\"HTTP://img.example/t.png\" alt=\"a\">", "http://img.example/t.png")]
    [InlineData("<img src=\"http:\\\\img.example\\t.png\" alt=\"a\">", "http://img.example/t.png")]
    public void Sanitize_RemoteImageInAnyForm_OnePlainAbsoluteAddress(string html, string expected)
    {
        var result = ArticleSanitizer.Sanitize($"<p>Text</p>{html}", _ => "/media/resolved.png");

        Assert.Equal(expected, Parse(result).QuerySelector("img")?.GetAttribute("src"));
        InertHtml.Assert(result, html, remoteImagesKept: true);
    }

    [Theory]
    [InlineData("<img srcset=\"//img.example/a.png 1x\" alt=\"a\">")]
    [InlineData("<picture><source srcset=\"//img.example/a.png\"><img src=\"//img.example/b.png\" alt=\"a\"></picture>")]
    [InlineData("<video poster=\"//img.example/p.png\"></video>")]
    [InlineData("<table background=\"//img.example/bg.png\"><tr><td>cell</td></tr></table>")]
    public void Sanitize_PictureSetPosterOrBackground_NoRemoteImage(string html)
    {
        var result = ArticleSanitizer.Sanitize($"<p>Text</p>{html}", _ => "/media/resolved.png");

        Assert.DoesNotContain("img.example", result, StringComparison.Ordinal);
        InertHtml.Assert(result, html);
    }

    [Theory]
    [InlineData("//news.example/story")]
    [InlineData("\\\\news.example\\story")]
    [InlineData("/\\news.example/story")]
    [InlineData("HTTPS://news.example/story")]
    [InlineData("https://news.example/story")]
    public void Sanitize_ExternalLink_RelNoopenerNoreferrer(string href)
    {
        var link = Parse(ArticleSanitizer.Sanitize($"<p><a href=\"{href}\">story</a></p>")).QuerySelector("a")!;

        Assert.Equal("noopener noreferrer", link.GetAttribute("rel"));
        Assert.Matches("^(https:)?//news\\.example/story$", link.GetAttribute("href"));
    }

    [Theory]
    [InlineData("#notes", "#sec-notes")]
    [InlineData("images/a.png", "/media/images/a.png")]
    public void Sanitize_LinkOnThisSite_NoRel(string href, string expected)
    {
        var link = Parse(ArticleSanitizer.Sanitize($"<p><a href=\"{href}\">here</a></p>", MediaPathsFor("post.md"))).QuerySelector("a")!;

        Assert.Equal(expected, link.GetAttribute("href"));
        Assert.Null(link.GetAttribute("rel"));
    }

    [Fact]
    public void Sanitize_ImageBesideTheFile_Kept()
    {
        var image = Parse(ArticleSanitizer.Sanitize("<p><img src=\"images/a.png\" alt=\"chart\"></p>", MediaPathsFor("blog/post.md"))).QuerySelector("img")!;

        Assert.Equal("/media/blog/images/a.png", image.GetAttribute("src"));
    }

    [Theory]
    [InlineData("![x](//img.example/t.png)")]
    [InlineData("![x](\\\\img.example\\t.png)")]
    [InlineData("![x](/\\img.example/t.png)")]
    [InlineData("<img src=\"//img.example/t.png\" alt=\"x\">")]
    public void Parse_MarkdownRemoteImage_OnlyAsPlainAbsoluteAddress(string markdown)
    {
        var result = ArticleFileParser.Parse(System.Text.Encoding.UTF8.GetBytes($"# Title\n\nText before.\n\n{markdown}\n\nText after.\n"), "post.md");

        // Markdown percent-encodes a backslash in a destination, so those two stay paths on this site.
        Assert.True(result.IsSuccess, result.Error);
        InertHtml.Assert(result.Value!.BodyHtml, markdown, remoteImagesKept: true);
        Assert.All(Parse(result.Value.BodyHtml).QuerySelectorAll("img[src*='//img.example']"), image => Assert.Equal("https://img.example/t.png", image.GetAttribute("src")));
    }

    [Fact]
    public void Parse_MarkdownLink_ProtocolRelative_RelNoopenerNoreferrer()
    {
        var result = ArticleFileParser.Parse("# Title\n\nSee [the story](//news.example/story).\n"u8.ToArray(), "post.md");

        var link = Parse(result.Value!.BodyHtml!).QuerySelector("a")!;
        Assert.Equal("noopener noreferrer", link.GetAttribute("rel"));
    }

    [Theory]
    [InlineData("//img.example/lead.png")]
    [InlineData("\\\\img.example\\lead.png")]
    public void Parse_MarkdownLeadImageOnAnotherHost_NotTakenForAFileBesideTheArticle(string image)
    {
        var result = ArticleFileParser.Parse(System.Text.Encoding.UTF8.GetBytes($"---\ntitle: Title\nimage: '{image}'\n---\n\nText.\n"), "post.md");

        Assert.Equal("https://img.example/lead.png", result.Value!.LeadImage);
    }

    private static Func<string, string?> MediaPathsFor(string sourceFile) => url => MediaPaths.Resolve(sourceFile, url);

    private static AngleSharp.Html.Dom.IHtmlDocument Parse(string html) => new HtmlParser().ParseDocument($"<body>{html}</body>");
}
