using NewsReader.Parsing;

namespace NewsReader.Tests.Parsing;

public sealed class PlainTextArticleParserTests
{
    public static TheoryData<string, string, string[]> Shapes => new()
    {
        { "LF endings", "Headline\n\nFirst paragraph.\n\nSecond paragraph.\n", ["First paragraph.", "Second paragraph."] },
        { "CRLF endings", "Headline\r\n\r\nFirst paragraph.\r\n\r\nSecond paragraph.\r\n", ["First paragraph.", "Second paragraph."] },
        { "CR endings", "Headline\r\rFirst paragraph.\r\rSecond paragraph.\r", ["First paragraph.", "Second paragraph."] },
        { "mixed endings", "Headline\r\n\nFirst paragraph.\r\r\nSecond paragraph.", ["First paragraph.", "Second paragraph."] },
        { "trailing spaces and tabs", "Headline  \t\n \n  First paragraph.   \n\t\nSecond paragraph. \n", ["First paragraph.", "Second paragraph."] },
        { "leading blank lines", "\n\n  \r\nHeadline\n\nFirst paragraph.", ["First paragraph."] },
        { "many blank lines between blocks", "Headline\n\n\n\n\nFirst paragraph.\n \n\t\n\nSecond paragraph.", ["First paragraph.", "Second paragraph."] },
        { "soft-wrapped block", "Headline\n\nA paragraph wrapped\nover three\nlines.\n\nNext.", ["A paragraph wrapped over three lines.", "Next."] },
        { "no blank line after headline", "Headline\nBody straight after.\n\nMore.", ["Body straight after.", "More."] },
        { "headline only", "Headline", [] },
        { "headline only with trailing newlines", "Headline\n\n\n", [] },
        { "inner whitespace runs collapse", "Headline\n\nOne  two\u00A0\u00A0three\tfour.", ["One two three four."] },
        { "control characters removed", "Head\u0007line\n\nBe\u0000fore\u200B after.", ["Before after."] },
    };

    [Theory]
    [MemberData(nameof(Shapes))]
    public void Parse_Shape_KeepsEveryBlockInOrder(string shape, string text, string[] expectedBlocks)
    {
        var result = PlainTextArticleParser.Parse(text);

        Assert.True(result.IsSuccess, $"{shape}: {result.Error}");
        Assert.Equal("Headline", result.Value.Headline);
        Assert.Equal(expectedBlocks, result.Value.Body.Select(block => block.Text));
    }

    [Theory]
    [InlineData("", "the file is empty")]
    [InlineData("   ", "the file contains only whitespace")]
    [InlineData("\r\n\r\n\t\n", "the file contains only whitespace")]
    public void Parse_NothingToRead_FailsWithSpecificReason(string text, string reason)
    {
        var result = PlainTextArticleParser.Parse(text);

        Assert.False(result.IsSuccess);
        Assert.Equal(reason, result.Error);
    }

    [Fact]
    public void Parse_FirstLineTooLongForAHeadline_ShortensHeadlineAndKeepsFullLineAsBody()
    {
        var longLine = string.Join(' ', Enumerable.Repeat("word", 80));

        var result = PlainTextArticleParser.Parse(longLine + "\n\nSecond.");

        Assert.True(result.IsSuccess);
        Assert.True(result.Value.Headline.Length <= PlainTextArticleParser.MaxHeadlineLength);
        Assert.EndsWith("…", result.Value.Headline, StringComparison.Ordinal);
        Assert.Equal([longLine, "Second."], result.Value.Body.Select(block => block.Text));
    }

    // Found by ParserPropertyTests: a first line without spaces was cut inside an emoji's surrogate pair.
    [Theory]
    [InlineData("🙂")]
    [InlineData("ab🙂")]
    public void Parse_FirstLineTooLongWithoutSpaces_HeadlineKeepsSurrogatePairsWhole(string unit)
    {
        var longLine = string.Concat(Enumerable.Repeat(unit, 150));

        var result = PlainTextArticleParser.Parse(longLine + "\n\nSecond.");

        Assert.True(result.IsSuccess);
        var headline = result.Value.Headline;
        Assert.True(headline.Length <= PlainTextArticleParser.MaxHeadlineLength);
        Assert.EndsWith("…", headline, StringComparison.Ordinal);
        // Enumerating runes turns a lone surrogate into U+FFFD, so only valid UTF-16 survives unchanged.
        Assert.Equal(headline, string.Concat(headline.EnumerateRunes()));
        Assert.Equal([longLine, "Second."], result.Value.Body.Select(block => block.Text));
    }

    [Fact]
    public void Parse_ShortNounPhraseBeforeBody_BecomesCaptionNotParagraph()
    {
        var text = "Headline\n\nThe minister at a press conference in Seoul.\n\nLead paragraph says what happened.\n\nMore.";

        var result = PlainTextArticleParser.Parse(text);

        Assert.Equal("The minister at a press conference in Seoul.", result.Value!.Caption);
        Assert.Equal("Lead paragraph says what happened.", result.Value.Standfirst);
        Assert.Equal(["Lead paragraph says what happened.", "More."], result.Value.Body.Select(block => block.Text));
    }

    [Fact]
    public void Parse_ShortLeadParagraph_StaysInBodyAsStandfirst()
    {
        var text = "Headline\n\nTony Blair has become Labour's longest-serving prime minister.\n\nMore.\n\nEven more.";

        var result = PlainTextArticleParser.Parse(text);

        Assert.Null(result.Value!.Caption);
        Assert.Equal("Tony Blair has become Labour's longest-serving prime minister.", result.Value.Standfirst);
        Assert.Equal(3, result.Value.Body.Length);
    }

    [Fact]
    public void Parse_CaptionLikeBlockWithLittleAfterIt_StaysAParagraph()
    {
        var result = PlainTextArticleParser.Parse("Headline\n\nA quiet street in Busan.\n\nOnly paragraph.");

        Assert.Null(result.Value!.Caption);
        Assert.Equal(2, result.Value.Body.Length);
    }
}
