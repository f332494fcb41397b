using FsCheck;
using FsCheck.Xunit;
using NewsReader.Articles;

namespace NewsReader.Tests.Articles;

public sealed class ReadingTimeTests
{
    [Theory]
    [InlineData("", 0)]
    [InlineData("one", 1)]
    [InlineData("  two   words  ", 2)]
    [InlineData("dash — between … and “quoted” words", 5)]
    [InlineData("tabs\tand\nnewlines", 3)]
    [InlineData("no\u00A0break\u2003em\u3000ideographic", 4)]
    [InlineData("Ünïcödé ½ — 北京 ١٢٣", 3)]
    public void CountWords_Text_CountsTokensWithLettersOrDigits(string text, int expected) =>
        Assert.Equal(expected, ReadingTime.CountWords(text));

    /// <summary>The count is the definition's, whitespace and letters as Unicode has them, for any text.</summary>
    [Property(MaxTest = 1000)]
    public void CountWords_AnyText_MatchesSplittingOnUnicodeWhitespace(NonNull<string> text)
    {
        var tokens = new List<string>();
        var token = new System.Text.StringBuilder();
        foreach (var c in text.Get + " ")
        {
            if (char.IsWhiteSpace(c))
            {
                tokens.Add(token.ToString());
                token.Clear();
            }
            else
            {
                token.Append(c);
            }
        }

        Assert.Equal(tokens.Count(t => t.Any(char.IsLetterOrDigit)), ReadingTime.CountWords(text.Get));
    }

    [Theory]
    [InlineData(0, 0)]
    [InlineData(1, 1)]
    [InlineData(230, 1)]
    [InlineData(231, 2)]
    [InlineData(2300, 10)]
    public void Minutes_WordCount_RoundsUpAtLeastOne(int words, int minutes) =>
        Assert.Equal(minutes, ReadingTime.Minutes(words));
}
