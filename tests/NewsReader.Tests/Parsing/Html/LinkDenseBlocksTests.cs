using System.Text;
using NewsReader.Parsing;

namespace NewsReader.Tests.Parsing.Html;

public sealed class LinkDenseBlocksTests
{
    private static string BodyText(string articleHtml)
    {
        var result = ArticleFileParser.Parse(Encoding.UTF8.GetBytes(SavedPage.Page($"<article><h1>{SavedPage.Title}</h1>{articleHtml}</article>")), "page.html");
        Assert.True(result.IsSuccess, result.Error);
        return string.Join("\n", result.Value.Body.Select(b => b.Text));
    }

    [Fact]
    public void Parse_RelatedLinksListAfterArticle_Dropped()
    {
        var related = "<ul><li><a href=\"https://news.example/a\">Council approves new bus lanes on the quay</a></li>"
            + "<li><a href=\"https://news.example/b\">Boatyard hires twelve apprentices for spring</a></li>"
            + "<li><a href=\"https://news.example/c\">Storm damage bill reaches record high</a></li></ul>";

        var text = BodyText(SavedPage.Story + related);

        Assert.Contains("Engineers replaced both engines", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Council approves new bus lanes", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_ReadAlsoLineInsideArticle_Dropped()
    {
        var story = SavedPage.Story.Insert(SavedPage.Story.IndexOf("<p>Commuters", StringComparison.Ordinal), "<p>Read also: <a href=\"https://news.example/d\">Why the estuary bridge was never built</a></p>");

        var text = BodyText(story);

        Assert.Contains("Commuters who had been driving", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Why the estuary bridge", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_ParagraphWithSomeLinksAndTable_Kept()
    {
        var table = "<table><tr><th>Crossing</th><th>Time</th></tr><tr><td><a href=\"https://ferry.example/1\">Westhaven to Eastport</a></td><td>07:10</td></tr></table>";
        var linked = "<p>The <a href=\"https://ferry.example\">operator</a> published the repair report on its website, along with the new timetable for spring.</p>";

        var text = BodyText(SavedPage.Story + linked + table);

        Assert.Contains("published the repair report", text, StringComparison.Ordinal);
        Assert.Contains("Westhaven to Eastport", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_FigureWithCaptionAndCredit_CaptionKeptInPlace()
    {
        // A photo that can be had (a picture that cannot goes with its caption), after the first
        // three paragraphs (one nearer the top becomes the lead image, caption and all).
        var figure = "<figure><img src=\"https://img.news.example/ferry.jpg\" alt=\"The ferry\"><figcaption>The ferry at the quay on Monday. <span class=\"credit\">Photo: Ana Reed</span></figcaption></figure>";
        var story = SavedPage.Story.Insert(SavedPage.Story.IndexOf("<p>The operator", StringComparison.Ordinal), figure);

        var text = BodyText(story);

        Assert.Contains("The ferry at the quay on Monday. Photo: Ana Reed", text, StringComparison.Ordinal);
        Assert.True(text.IndexOf("Photo: Ana Reed", StringComparison.Ordinal) < text.IndexOf("The operator", StringComparison.Ordinal));
    }
}
