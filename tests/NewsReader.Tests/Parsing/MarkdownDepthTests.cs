using NewsReader.Parsing.Markdown;
using static NewsReader.Tests.Parsing.HostileInputs;

namespace NewsReader.Tests.Parsing;

public sealed class MarkdownDepthTests
{
    [Theory]
    [InlineData("A paragraph.\n\n> A quote\n> > inside a quote\n\n- a\n  - b\n    - c\n\n1. one\n2. two\n\n* * *\n\n    code block", 3)]
    [InlineData("Dashes - inside - a line - stay text - - - -", 0)]
    public void Measure_RealMarkdown_StaysShallow(string markdown, int expected)
    {
        Assert.Equal(expected, MarkdownDepth.Measure(markdown).Depth);
    }

    [Theory]
    [InlineData(">", 1)]
    [InlineData("> ", 1)]
    [InlineData("- ", 1)]
    [InlineData("* ", 1)]
    [InlineData("1. ", 1)]
    [InlineData("> - ", 2)]
    public void Measure_RepeatedMarkers_EachIsALevel(string marker, int perMarker)
    {
        var depth = MarkdownDepth.Measure("Intro.\n\n" + Repeat(marker, 10_000) + "deep").Depth;

        Assert.Equal(10_000 * perMarker, depth);
    }

    [Fact]
    public void Measure_IndentedLists_TwoColumnsALevel()
    {
        var lists = string.Concat(Enumerable.Range(0, 100).Select(i => new string(' ', 2 * i) + "- item\n"));

        var nesting = MarkdownDepth.Measure(lists);

        Assert.Equal((100, 100), (nesting.Depth, nesting.Line));
    }
}
