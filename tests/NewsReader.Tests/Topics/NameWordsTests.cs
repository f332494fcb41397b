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
    [InlineData("the McDonald’s iPhone x-Ray 5-Day Élan and éclair", new[] { "McDonald’s", "Day", "Élan" })]
    [InlineData("ABC", new[] { "ABC" })]
    [InlineData("lower case only, with “quotes” and 42 digits", new string[0])]
    [InlineData("", new string[0])]
    public void NextCapitalised_SkipsToTheWordsAWalkWouldFindCapitalised(string text, string[] expected)
    {
        var jumped = new List<string>();
        for (var start = NameWords.NextCapitalised(text, 0); start >= 0; start = NameWords.NextCapitalised(text, start + NameWords.At(text, start).Length))
        {
            jumped.Add(NameWords.At(text, start).ToString());
        }

        var walked = new List<string>();
        for (var start = NameWords.Next(text, 0); start >= 0; start = NameWords.Next(text, start + NameWords.At(text, start).Length))
        {
            if (char.IsUpper(text[start]))
            {
                walked.Add(NameWords.At(text, start).ToString());
            }
        }

        Assert.Equal(expected, jumped);
        Assert.Equal(walked, jumped);
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
