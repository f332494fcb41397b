using System.Text;
using NewsReader.Parsing;

namespace NewsReader.Tests.Parsing.Html;

public sealed class StandfirstParagraphTests
{
    private const string Lead = "The ferry is back after eleven weeks at the boatyard, and the quay is busy again.";

    private static NewsReader.Articles.Article Parse(string body, string description)
    {
        var page = SavedPage.Page($"<article><h1>{SavedPage.Title}</h1>{body}{SavedPage.Story}</article>", $"<meta name=\"description\" content=\"{description}\">");
        var result = ArticleFileParser.Parse(Encoding.UTF8.GetBytes(page), "page.html");
        Assert.True(result.IsSuccess, result.Error);
        return result.Value;
    }

    [Fact]
    public void Parse_BodyOpensWithTheDescription_ParagraphMarkedAsStandfirst()
    {
        var article = Parse($"<p class=\"standfirst\">{Lead}</p>", Lead);

        Assert.True(article.StandfirstOpensBody);
        var marked = Assert.Single(new AngleSharp.Html.Parser.HtmlParser().ParseDocument(article.BodyHtml).QuerySelectorAll(".standfirst"));
        Assert.Equal("p", marked.LocalName);
        Assert.Equal(Lead, marked.TextContent);
    }

    [Fact]
    public void Parse_DescriptionNotInBody_NoParagraphMarked()
    {
        var article = Parse("", Lead);

        Assert.False(article.StandfirstOpensBody);
        Assert.DoesNotContain("standfirst", article.BodyHtml, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_MarkdownOpeningWithItsSummary_ParagraphMarkedAsStandfirst()
    {
        var markdown = $"---\ntitle: Ferry returns\nsummary: {Lead}\n---\n\n{Lead}\n\nIt sails twice a day from the old quay.\n";
        var result = ArticleFileParser.Parse(Encoding.UTF8.GetBytes(markdown), "ferry.md");

        Assert.True(result.IsSuccess, result.Error);
        Assert.StartsWith($"<p class=\"standfirst\">{Lead}</p>", result.Value.BodyHtml.TrimStart(), StringComparison.Ordinal);
    }
}
