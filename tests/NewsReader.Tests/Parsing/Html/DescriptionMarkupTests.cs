using System.Text;
using NewsReader.Parsing;
using NewsReader.Parsing.Html;

namespace NewsReader.Tests.Parsing.Html;

/// <summary>A meta description holding escaped HTML (a "Read More" link after the excerpt) becomes plain words.</summary>
public sealed class DescriptionMarkupTests
{
    [Fact]
    public void Parse_DescriptionEndsInEscapedReadMoreLink_StandfirstIsTheWordsOnly()
    {
        const string description = "An overnight crash left one driver hurt and&lt;a class=&quot;excerpt-read-more&quot; href=&quot;https://news.example/crash/&quot;&gt;Read More&lt;/a&gt;";
        var page = SavedPage.Page($"<article><h1>{SavedPage.Title}</h1>{SavedPage.Story}</article>", $"<meta name=\"description\" content=\"{description}\">");

        var result = ArticleFileParser.Parse(Encoding.UTF8.GetBytes(page), "page.html");

        Assert.True(result.IsSuccess, result.Error);
        Assert.Equal("An overnight crash left one driver hurt and", result.Value.Standfirst);
    }

    [Theory]
    [InlineData("Plain words, 3 < 4 and 5 > 2.", "Plain words, 3 < 4 and 5 > 2.")]
    [InlineData("Words in <b>bold</b> stay.", "Words in bold stay.")]
    [InlineData("Cut off inside a tag <a href=\"https://x.example/", "Cut off inside a tag")]
    [InlineData("<p></p>", null)]
    public void Plain_Markup_TagsDroppedWordsKept(string description, string? expected) =>
        Assert.Equal(expected, DescriptionText.Plain(description));
}
