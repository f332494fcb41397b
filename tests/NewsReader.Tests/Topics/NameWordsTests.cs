using NewsReader.Topics;

namespace NewsReader.Tests.Topics;

public sealed class NameWordsTests
{
    [Fact]
    public void Walk_Text_YieldsLetterLedWordsWithHyphensApostrophesAndMarks()
    {
        const string text = "“Chung Dong-young,” said O’Brien — 42 times in Zu\u0308rich.";
        var words = new List<string>();
        for (var start = NameWords.Next(text, 0); start >= 0; start = NameWords.Next(text, start + NameWords.At(text, start).Length))
        {
            words.Add(NameWords.At(text, start).ToString());
        }

        Assert.Equal(["Chung", "Dong-young", "said", "O’Brien", "times", "in", "Zu\u0308rich"], words);
    }

    [Theory]
    [InlineData("I’m", true)]
    [InlineData("We'll", true)]
    [InlineData("They’ve", true)]
    [InlineData("O’Brien", false)]
    [InlineData("Mall", false)]
    public void IsContraction_ClauseOpenersOnly(string word, bool expected) => Assert.Equal(expected, NameWords.IsContraction(word));

    [Theory]
    [InlineData(". ", true)]
    [InlineData("? “", true)]
    [InlineData(":  ' ", true)]
    [InlineData(", ", false)]
    [InlineData(" ", false)]
    [InlineData(".\" \"", false)]
    [InlineData("", false)]
    public void EndsSentence_PunctuationThenPerhapsAnOpeningQuote(string gap, bool expected) => Assert.Equal(expected, NameWords.EndsSentence(gap));
}
