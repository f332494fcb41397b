using System.Text;
using NewsReader.Parsing;

namespace NewsReader.Tests.Parsing.Html;

public sealed class HeavyPageTests
{
    [Fact]
    public void Parse_ThreeMegabytesOfScriptsAroundShortArticle_ExtractsTheArticleOnly()
    {
        var result = ArticleFileParser.Parse(Encoding.UTF8.GetBytes(SavedPage.Heavy(SavedPage.Story, 3 * 1024 * 1024)), "heavy.html");

        Assert.True(result.IsSuccess, result.Error);
        Assert.Equal(4, result.Value.Body.Length);
        Assert.StartsWith("The harbour ferry returned", result.Value.Body[0].Text, StringComparison.Ordinal);
        Assert.DoesNotContain(result.Value.Body, b => b.Text.Contains("Share icon", StringComparison.Ordinal));
    }

    [Fact]
    public void Parse_JsonLdAmongStrippedScripts_StillReadForMetadata()
    {
        var head = "<script>var a = 1;</script><script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"author\":{\"@type\":\"Person\",\"name\":\"Mara Lind\"}}</script>";

        var result = ArticleFileParser.Parse(Encoding.UTF8.GetBytes(SavedPage.Page($"<article>{SavedPage.Story}</article>", head)), "page.html");

        Assert.True(result.IsSuccess, result.Error);
        Assert.Equal("Mara Lind", result.Value.Byline);
    }
}
