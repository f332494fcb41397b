using System.Text;
using NewsReader.Parsing;

namespace NewsReader.Tests.Parsing.Html;

public sealed class SavedFromCommentTests
{
    private static NewsReader.Articles.Article Parse(string before, string head = "")
    {
        var page = before + SavedPage.Page($"<article><h1>{SavedPage.Title}</h1>{SavedPage.Story}</article>", head);
        var result = ArticleFileParser.Parse(Encoding.UTF8.GetBytes(page), "page.html");
        Assert.True(result.IsSuccess, result.Error);
        return result.Value;
    }

    [Fact]
    public void Parse_PageSavedByBrowser_OriginalFromTheMark()
    {
        var article = Parse("<!-- saved from url=(0041)https://harbour.example/news/ferry-back -->\r\n");

        Assert.Equal(new Uri("https://harbour.example/news/ferry-back"), article.OriginalUrl);
    }

    [Fact]
    public void Parse_CanonicalAndMark_CanonicalWins()
    {
        var article = Parse("<!-- saved from url=(0032)https://m.harbour.example/ferry -->", "<link rel=\"canonical\" href=\"https://harbour.example/news/ferry\">");

        Assert.Equal(new Uri("https://harbour.example/news/ferry"), article.OriginalUrl);
    }

    [Theory]
    [InlineData("<!-- saved from url=(0014)about:internet -->")]
    [InlineData("<!-- saved from url=(0030)javascript:alert(document.cookie) -->")]
    [InlineData("<!-- copied from https://harbour.example/news/ferry -->")]
    public void Parse_MarkWithoutWebAddress_NoOriginal(string mark) => Assert.Null(Parse(mark).OriginalUrl);
}
