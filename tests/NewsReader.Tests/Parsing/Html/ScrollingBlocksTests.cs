using System.Text;
using AngleSharp.Html.Parser;
using NewsReader.Parsing;
using NewsReader.Parsing.Html;

namespace NewsReader.Tests.Parsing.Html;

/// <summary>Wide tables and code listings scroll inside a named, focusable frame, added at ingestion.</summary>
public sealed class ScrollingBlocksTests
{
    private const string Table = "<table><caption>Crossings by month</caption><tr><th>Month</th><th>Crossings</th></tr><tr><td>May</td><td>62</td></tr></table>";

    private static AngleSharp.Dom.IElement Frame(string bodyHtml)
    {
        var frames = new HtmlParser().ParseDocument(bodyHtml).QuerySelectorAll("." + ScrollingBlocks.ClassName);
        return Assert.Single(frames);
    }

    [Fact]
    public void Parse_SavedPageWithTable_TableInFocusableNamedRegion()
    {
        var page = SavedPage.Page($"<article><h1>{SavedPage.Title}</h1>{SavedPage.Story}{Table}</article>");
        var article = ArticleFileParser.Parse(Encoding.UTF8.GetBytes(page), "page.html").Value!;

        var frame = Frame(article.BodyHtml);
        Assert.Equal(("div", "region", "0", "Table: Crossings by month"), (frame.LocalName, frame.GetAttribute("role"), frame.GetAttribute("tabindex"), frame.GetAttribute("aria-label")));
        Assert.Equal("table", frame.FirstElementChild!.LocalName);
    }

    [Fact]
    public void Parse_MarkdownCodeBlock_PreInFrameNamedCode()
    {
        var article = ArticleFileParser.Parse(Encoding.UTF8.GetBytes("# Ferry data\n\nThe feed:\n\n```\ncurl https://ferry.example/api/v1/crossings?from=2024-01-01&to=2024-12-31\n```\n"), "post.md").Value!;

        var frame = Frame(article.BodyHtml);
        Assert.Equal("Code", frame.GetAttribute("aria-label"));
        Assert.Equal("pre", frame.FirstElementChild!.LocalName);
    }

    [Fact]
    public void Sanitize_TableInsideTable_OneFrameAroundTheOuter()
    {
        var html = ArticleSanitizer.Sanitize("<table><tr><td><table><tr><td>inner</td></tr></table></td></tr></table>");

        Assert.Equal("table", Frame(html).FirstElementChild!.LocalName);
    }

    [Fact]
    public void Sanitize_ArticleWritingItsOwnFrameAttributes_Dropped()
    {
        // Only the sanitiser's own frame carries tabindex and role; an article cannot add them.
        var html = ArticleSanitizer.Sanitize("<p tabindex=\"1\" role=\"button\" class=\"scroll-frame\">text</p>");

        Assert.Equal("<p>text</p>", html);
    }
}
