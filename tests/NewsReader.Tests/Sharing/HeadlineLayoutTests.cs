using NewsReader.Sharing;

namespace NewsReader.Tests.Sharing;

public sealed class HeadlineLayoutTests
{
    // A monospace stand-in for a font: every character (UTF-16 unit) is one unit wide.
    private static float Measure(string text) => text.Length;

    [Theory]
    [InlineData("Short headline", 20, 5, new[] { "Short headline" })]
    [InlineData("  spaced \t out\nheadline  ", 30, 5, new[] { "spaced out headline" })]
    [InlineData("the quick brown fox jumps over", 10, 5, new[] { "the quick", "brown fox", "jumps over" })]
    [InlineData("abcdefghijklmnopqrstuvwxy", 10, 5, new[] { "abcdefghij", "klmnopqrst", "uvwxy" })]
    [InlineData("see abcdefghijklmn now", 10, 5, new[] { "see", "abcdefghij", "klmn now" })]
    [InlineData("one two three four five six", 9, 2, new[] { "one two", "three…" })]
    [InlineData("alpha, beta gamma delta", 11, 1, new[] { "alpha…" })]
    [InlineData("abcdefghijklmnopqrstuvwxyz", 10, 2, new[] { "abcdefghij", "klmnopqrs…" })]
    [InlineData("", 10, 3, new string[0])]
    public void Fit_Text_WrapsIntoExpectedLines(string text, float width, int maxLines, string[] expected)
    {
        Assert.Equal(expected, HeadlineLayout.Fit(text, Measure, width, maxLines));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(3)]
    [InlineData(5)]
    public void Fit_VeryLongText_NeverExceedsMaxLinesOrWidth(int maxLines)
    {
        var text = string.Join(' ', Enumerable.Repeat("lorem ipsum dolor", 40)) + " " + new string('z', 300);

        var lines = HeadlineLayout.Fit(text, Measure, 25, maxLines);

        Assert.Equal(maxLines, lines.Count);
        Assert.All(lines, line => Assert.True(line.Length <= 25, $"'{line}' is wider than the box"));
        Assert.EndsWith(HeadlineLayout.Ellipsis, lines[^1], StringComparison.Ordinal);
    }

    [Fact]
    public void Wrap_OverlongWordOfEmoji_NeverSplitsASurrogatePair()
    {
        var lines = HeadlineLayout.Wrap(string.Concat(Enumerable.Repeat("🎉", 10)), Measure, 5);

        Assert.All(lines, line => Assert.False(char.IsHighSurrogate(line[^1]), $"'{line}' ends mid-character"));
        Assert.Equal(string.Concat(Enumerable.Repeat("🎉", 10)), string.Concat(lines));
    }

    [Fact]
    public void Wrap_CharacterWiderThanTheLine_StillMakesProgress()
    {
        Assert.Equal(["a", "b", "c"], HeadlineLayout.Wrap("abc", Measure, 0.5f));
    }
}
