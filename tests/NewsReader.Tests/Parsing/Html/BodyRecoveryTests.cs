using System.Text;
using NewsReader.Parsing;

namespace NewsReader.Tests.Parsing.Html;

public sealed class BodyRecoveryTests
{
    private static NewsReader.Articles.Article Parse(string body)
    {
        var result = ArticleFileParser.Parse(Encoding.UTF8.GetBytes(SavedPage.Page(body)), "page.html");
        Assert.True(result.IsSuccess, result.Error);
        return result.Value;
    }

    private static string Text(NewsReader.Articles.Article article) => string.Join("\n", article.Body.Select(b => b.Text));

    [Fact]
    public void Parse_ArticleInsideWrapperNamedLikeAds_ArticleKept()
    {
        var article = Parse($"<div class=\"ads-helper\"><main><h1>{SavedPage.Title}</h1>{SavedPage.Story}</main></div>");

        Assert.Contains("Engineers replaced both engines", Text(article), StringComparison.Ordinal);
        Assert.Contains("two extra evening crossings", Text(article), StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_CommentsSectionOfProse_StillDropped()
    {
        var comments = string.Concat(Enumerable.Range(1, 4).Select(i => $"<p>Reader {i} wrote that the ferry was late again this morning and that the new engines sound just as loud as the old ones did last year.</p>"));

        var article = Parse($"<article>{SavedPage.Story}</article><div class=\"comments\">{comments}</div>");

        Assert.DoesNotContain("Reader 1 wrote", Text(article), StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_ReadabilityPicksALongCaption_DensestBlockTakenInstead()
    {
        // Readability settles on the lone long paragraph in <article>; the story itself sits in an old
        // table layout with <font> wrappers, which the densest-block pass finds.
        var caption = "<p class=\"caption\">" + string.Concat(Enumerable.Repeat("The ferry at dawn on its first crossing, seen from the quay by our photographer. ", 3)) + "</p>";
        var article = Parse($"<div class=\"page\"><h1>{SavedPage.Title}</h1><article>{caption}</article>" +
            $"<div class=\"c9\"><table><tr><td><font>{SavedPage.Story}{SavedPage.Story}</font></td></tr></table></div></div>");

        var text = Text(article);
        Assert.Contains("Engineers replaced both engines", text, StringComparison.Ordinal);
        Assert.Contains("two extra evening crossings", text, StringComparison.Ordinal);
        Assert.DoesNotContain("seen from the quay by our photographer", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_DatelineInItsOwnElement_SpaceBeforeTheText()
    {
        var article = Parse($"<article><h1>{SavedPage.Title}</h1><p><cite class=\"source\">London (CNN)</cite>It was the crossing that commuters had waited eleven weeks for, and the quay was full before dawn.</p>{SavedPage.Story}</article>");

        Assert.StartsWith("London (CNN) It was the crossing", article.Body[0].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_DropCapInItsOwnElement_WordStaysWhole()
    {
        var article = Parse($"<article><h1>{SavedPage.Title}</h1><p><span class=\"dropcap\">I</span>t was the crossing that commuters had waited eleven weeks for, and the quay was full before dawn.</p>{SavedPage.Story}</article>");

        Assert.StartsWith("It was the crossing", article.Body[0].Text, StringComparison.Ordinal);
    }
}
