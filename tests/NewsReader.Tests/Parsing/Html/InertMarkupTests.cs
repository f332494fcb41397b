using NewsReader.Parsing.Html;

namespace NewsReader.Tests.Parsing.Html;

public sealed class InertMarkupTests
{
    [Theory]
    [InlineData("<p>a</p><script>var x = '<p>b</p>';</script><p>c</p>", "<p>a</p><p>c</p>")]
    [InlineData("<p>a</p><SCRIPT src=x.js></SCRIPT ><p>c</p>", "<p>a</p><p>c</p>")]
    [InlineData("<p>a</p><style>p > a { color: red }</style><p>c</p>", "<p>a</p><p>c</p>")]
    [InlineData("<p>a<svg viewBox=\"0 0 1 1\"><svg><text>icon</text></svg><path d=\"M0\"/></svg>b</p>", "<p>ab</p>")]
    [InlineData("<p>a<svg/>b</p>", "<p>ab</p>")]
    [InlineData("<p>a</p><!-- <p>old</p> --><p>c</p>", "<p>a</p><p>c</p>")]
    [InlineData("<p>a</p><!--><p>c</p>", "<p>a</p><p>c</p>")]
    [InlineData("<p>a</p><template><p>t</p></template><p>c</p>", "<p>a</p><p>c</p>")]
    public void Strip_InertMarkup_Removed(string html, string expected)
    {
        Assert.Equal(expected, InertMarkup.Strip(html));
    }

    [Theory]
    [InlineData("<script type=\"application/ld+json\">{\"headline\": \"<b>x</b>\"}</script><p>a</p>")]
    [InlineData("<title>Why <script> tags matter</title><p>a</p>")]
    [InlineData("<textarea><!-- not a comment --></textarea>")]
    [InlineData("<a title=\"<script>\">link</a><p>text</p>")]
    [InlineData("<p>a</p><script>never closed <p>b</p>")]
    [InlineData("<p>a</p><svg><path/><p>never closed</p>")]
    [InlineData("<p>1 < 2 and <scripts> are words</p>")]
    public void Strip_TextOrUnclosedElements_LeftAsTheyAre(string html)
    {
        Assert.Equal(html, InertMarkup.Strip(html));
    }
}
