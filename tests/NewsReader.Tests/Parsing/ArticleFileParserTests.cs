using System.Text;
using NewsReader.Parsing;

namespace NewsReader.Tests.Parsing;

public sealed class ArticleFileParserTests
{
    [Theory]
    [InlineData("story.txt")]
    [InlineData("STORY.TXT")]
    [InlineData("nested/story.text")]
    public void Parse_SupportedExtension_ParsesArticle(string name)
    {
        var result = ArticleFileParser.Parse(Encoding.UTF8.GetBytes("Headline\n\nOne two three."), name);

        Assert.True(result.IsSuccess, result.Error);
        Assert.Equal("Headline", result.Value.Headline);
        Assert.Equal(3, result.Value.WordCount);
        Assert.Equal(1, result.Value.ReadingMinutes);
    }

    [Theory]
    [InlineData("photo.jpg", ".jpg")]
    [InlineData("README", "")]
    public void Parse_UnsupportedExtension_FailsNamingType(string name, string extension)
    {
        var result = ArticleFileParser.Parse("Headline\n\nBody."u8, name);

        Assert.False(result.IsSuccess);
        Assert.StartsWith($"unsupported file type '{extension}'", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_BackslashPath_StoresForwardSlashes()
    {
        var result = ArticleFileParser.Parse("Headline\n\nBody."u8, "sub\\story.txt");

        Assert.Equal("sub/story.txt", result.Value!.SourceFile);
    }

    [Fact]
    public void Parse_HeadlineOnly_ArticleWithEmptyBodyAndNoReadingTime()
    {
        var result = ArticleFileParser.Parse("Just a headline\n"u8, "short.txt");

        Assert.True(result.IsSuccess);
        Assert.Empty(result.Value.Body);
        Assert.Null(result.Value.Standfirst);
        Assert.Equal(0, result.Value.WordCount);
        Assert.Equal(0, result.Value.ReadingMinutes);
    }
}
