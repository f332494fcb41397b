using System.Text;
using NewsReader.Parsing;

namespace NewsReader.Tests.Parsing.Html;

public sealed class WrapperElementsTests
{
    [Theory]
    [InlineData("story-body")]
    [InlineData("center")]
    [InlineData("font")]
    [InlineData("hgroup")]
    public void Parse_ArticleInsideWrapperTheSanitiserDisallows_TextKept(string wrapper)
    {
        var page = SavedPage.Page($"<article><h1>{SavedPage.Title}</h1><{wrapper}>{SavedPage.Story}</{wrapper}></article>");

        var result = ArticleFileParser.Parse(Encoding.UTF8.GetBytes(page), "page.html");

        Assert.True(result.IsSuccess, result.Error);
        Assert.Contains(result.Value.Body, b => b.Text.StartsWith("Engineers replaced both engines", StringComparison.Ordinal));
        Assert.DoesNotContain(wrapper, result.Value.BodyHtml, StringComparison.Ordinal);
    }
}
