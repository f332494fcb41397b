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
    public void CountWords_Text_CountsTokensWithLettersOrDigits(string text, int expected) =>
        Assert.Equal(expected, ReadingTime.CountWords(text));

    [Theory]
    [InlineData(0, 0)]
    [InlineData(1, 1)]
    [InlineData(230, 1)]
    [InlineData(231, 2)]
    [InlineData(2300, 10)]
    public void Minutes_WordCount_RoundsUpAtLeastOne(int words, int minutes) =>
        Assert.Equal(minutes, ReadingTime.Minutes(words));
}
