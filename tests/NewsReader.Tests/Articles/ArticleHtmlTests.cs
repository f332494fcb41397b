using NewsReader.Articles;

namespace NewsReader.Tests.Articles;

public sealed class ArticleHtmlTests
{
    private static ArticleBlock Paragraph(string text) => new(ArticleBlockKind.Paragraph, text);

    [Theory]
    [InlineData("“We will not back down,” she said.", "<p class=\"quote\">“We will not back down,” she said.</p>\n")]
    [InlineData("\"Enough,\" he said.", "<p class=\"quote\">&quot;Enough,&quot; he said.</p>\n")]
    [InlineData("She said “enough”.", "<p>She said “enough”.</p>\n")]
    [InlineData("“Blue House” officials said on Monday that the talks would resume.", "<p>“Blue House” officials said on Monday that the talks would resume.</p>\n")]
    [InlineData("<script>alert(1)</script>", "<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>\n")]
    public void Render_Paragraph_EncodedAndQuotationsMarked(string text, string expected) =>
        Assert.Equal(expected, ArticleHtml.Render([Paragraph(text)], standfirst: null));

    [Fact]
    public void Render_Standfirst_MarkedEvenWhenItIsAQuotation()
    {
        var html = ArticleHtml.Render([Paragraph("“Lead,” he said."), Paragraph("Body.")], standfirst: "“Lead,” he said.");

        Assert.Equal("<p class=\"standfirst\">“Lead,” he said.</p>\n<p>Body.</p>\n", html);
    }
}
