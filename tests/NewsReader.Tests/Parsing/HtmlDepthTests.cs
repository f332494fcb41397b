using NewsReader.Parsing.Html;
using static NewsReader.Tests.Parsing.HostileInputs;

namespace NewsReader.Tests.Parsing;

public sealed class HtmlDepthTests
{
    [Theory]
    [InlineData("<p>one<p>two<p>three", 3)]
    [InlineData("<ul><li>one<li>two<li><p>three<li>four</ul>", 5)]
    [InlineData("<table><tr><td>a<td>b<tr><td>c<td><table><tr><td>inner</table></table>", 8)]
    [InlineData("<dl><dt>a<dd>b<dt>c<dd>d</dl>", 4)]
    [InlineData("<div><p>para<div>block closes the paragraph</div></div>", 4)]
    [InlineData("<svg><path/><path/><path/><circle/></svg>", 3)]
    [InlineData("<p>a<br>b<img src=x.png><hr><input></p>", 3)]
    [InlineData("<!-- <div><div><div> --><script>'<div><div><div>'</script><p>text", 3)]
    [InlineData("<a title='x>y'><b>bold</b></a>", 4)]
    public void Measure_RealMarkup_DepthOfItsTree(string body, int expected)
    {
        // html and body count as two levels.
        Assert.Equal(expected, HtmlDepth.Measure("<html><body>" + body).Depth);
    }

    [Fact]
    public void Measure_RepeatedUnclosedParagraphsAndItems_DoNotAddUp()
    {
        var page = Page(Repeat("<p>Paragraph", 5000) + "<ul>" + Repeat("<li>Item", 5000) + "</ul>");

        Assert.InRange(HtmlDepth.Measure(page).Depth, 1, 6);
    }

    [Theory]
    [InlineData(100_000)]
    [InlineData(300)]
    public void Measure_NestedDivs_StopsJustPastTheLimit(int depth)
    {
        Assert.Equal(HtmlDepth.Limit + 1, HtmlDepth.Measure(NestedDivs(depth)).Depth);
    }

    [Fact]
    public void Measure_NestedInlineElements_Counted()
    {
        Assert.True(HtmlDepth.Measure(NestedInline(4000)).Depth > HtmlDepth.Limit);
    }

    [Fact]
    public void Measure_EndTagOfAnInlineElement_DoesNotCloseTheBlocksInsideIt()
    {
        // The tree builder ignores </span> here, so the divs stay open and the page keeps deepening.
        var page = Page(Repeat("<span>" + Repeat("<div>", 10) + "</span>", 100));

        Assert.True(HtmlDepth.Measure(page).Depth > HtmlDepth.Limit);
    }
}
