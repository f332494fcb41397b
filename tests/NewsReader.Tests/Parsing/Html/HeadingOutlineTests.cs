using System.Text;
using AngleSharp.Html.Parser;
using NewsReader.Parsing;

namespace NewsReader.Tests.Parsing.Html;

/// <summary>
/// Saved pages and Markdown bodies: the page's h1 is the headline, so body headings start at h2 and
/// never skip a level, whatever levels the source used.
/// </summary>
public sealed class HeadingOutlineTests
{
    private const string Section = "<p>The operator published the figures for each route on Friday, with the numbers of passengers by month and the crossings cancelled by weather.</p>";

    private static string[] Levels(string bodyHtml) =>
        [.. new HtmlParser().ParseDocument(bodyHtml).QuerySelectorAll("h1, h2, h3, h4, h5, h6").Select(h => $"{h.LocalName} {h.TextContent}")];

    private static NewsReader.Articles.Article ParseHtml(string article)
    {
        var result = ArticleFileParser.Parse(Encoding.UTF8.GetBytes(SavedPage.Page($"<article><h1>{SavedPage.Title}</h1>{article}</article>")), "page.html");
        Assert.True(result.IsSuccess, result.Error);
        return result.Value;
    }

    private static NewsReader.Articles.Article ParseMarkdown(string markdown)
    {
        var result = ArticleFileParser.Parse(Encoding.UTF8.GetBytes(markdown), "post.md");
        Assert.True(result.IsSuccess, result.Error);
        return result.Value;
    }

    [Fact]
    public void Parse_SavedPageJumpingFromH1ToH4_BodyHeadingsStartAtH2()
    {
        var article = ParseHtml($"{SavedPage.Story}<h4>Timetable</h4>{Section}<h4>Fares</h4>{Section}");

        Assert.Equal(["h2 Timetable", "h2 Fares"], Levels(article.BodyHtml));
    }

    [Fact]
    public void Parse_SavedPageSkippingALevel_ConsecutiveLevels()
    {
        var article = ParseHtml($"{SavedPage.Story}<h2>Routes</h2>{Section}<h4>North</h4>{Section}<h6>Night crossings</h6>{Section}<h4>South</h4>{Section}<h2>Fares</h2>{Section}");

        Assert.Equal(["h2 Routes", "h3 North", "h4 Night crossings", "h3 South", "h2 Fares"], Levels(article.BodyHtml));
    }

    [Fact]
    public void Parse_SavedPageRepeatingItsTitleAsAHeading_WhatFollowsMovesUp()
    {
        var article = ParseHtml($"<h2>{SavedPage.Title}</h2>{SavedPage.Story}<h3>Timetable</h3>{Section}<h4>Sundays</h4>{Section}");

        Assert.Equal(["h2 Timetable", "h3 Sundays"], Levels(article.BodyHtml));
    }

    [Fact]
    public void Parse_SavedPageHeadingWithId_KeepsItsPrefixedIdAndText()
    {
        var article = ParseHtml($"{SavedPage.Story}<h4 id=\"fares\">Fares <em>from May</em></h4>{Section}");

        var heading = new HtmlParser().ParseDocument(article.BodyHtml).QuerySelector("h2")!;
        Assert.Equal("sec-fares", heading.Id);
        Assert.Equal("Fares <em>from May</em>", heading.InnerHtml);
    }

    [Fact]
    public void Parse_MarkdownWithTitleInFrontMatterAndHashHeadings_NoSecondH1()
    {
        var article = ParseMarkdown("---\ntitle: Ferry returns\n---\n\nThe ferry is back.\n\n# Timetable\n\nTwice a day.\n\n### Sundays\n\nOnce.\n");

        Assert.Equal(["h2 Timetable", "h3 Sundays"], Levels(article.BodyHtml));
    }

    [Fact]
    public void Parse_MarkdownOpeningAtH3_StartsAtH2()
    {
        var article = ParseMarkdown("# Ferry returns\n\nThe ferry is back.\n\n### Timetable\n\nTwice a day.\n\n##### Sundays\n\nOnce.\n\n### Fares\n\nUnchanged.\n");

        Assert.Equal(["h2 Timetable", "h3 Sundays", "h2 Fares"], Levels(article.BodyHtml));
    }

    [Theory]
    [InlineData("<h2>a</h2><h3>b</h3><h3>c</h3><h2>d</h2>", "h2 a|h3 b|h3 c|h2 d")]
    [InlineData("<h3>a</h3><h2>b</h2><h3>c</h3>", "h2 a|h2 b|h3 c")]
    [InlineData("<h5>a</h5><h6>b</h6>", "h2 a|h3 b")]
    [InlineData("<h1>a</h1><h1>b</h1>", "h2 a|h2 b")]
    public void Normalize_Levels_NeverSkipOrStartBelowH2(string html, string expected)
    {
        var document = new HtmlParser().ParseDocument($"<body>{html}</body>");

        NewsReader.Parsing.Html.HeadingOutline.Normalize(document.Body!);

        Assert.Equal(expected, string.Join('|', Levels(document.Body!.InnerHtml)));
    }
}
