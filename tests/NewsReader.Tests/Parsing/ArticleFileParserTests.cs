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

    [Fact]
    public void Parse_LeadParagraph_StandfirstSharesItsBytes()
    {
        var result = ArticleFileParser.Parse("Headline\n\nThe lead paragraph, café.\n\nThe second."u8, "story.txt");

        var article = Assert.IsType<NewsReader.Articles.Article>(result.Value);
        Assert.Equal("The lead paragraph, café.", article.Standfirst);
        Assert.True(article.StandfirstText!.Value.Bytes.Overlaps(article.Body[0].Utf8.Bytes));
    }

    [Fact]
    public void Parse_StandfirstFromMetadata_KeptOnItsOwn()
    {
        var result = ArticleFileParser.Parse("---\ntitle: Headline\nsummary: Not in the body.\n---\n\nThe body."u8, "story.md");

        var article = Assert.IsType<NewsReader.Articles.Article>(result.Value);
        Assert.Equal("Not in the body.", article.Standfirst);
        Assert.Equal("The body.", Assert.Single(article.Body).Text);
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
    public void Parse_BackslashInName_KeptAsWrittenAndItsOwnId()
    {
        // Source files use '/' between folders; on Linux a '\\' is part of a name, not a folder.
        var backslash = ArticleFileParser.Parse("Headline\n\nBody."u8, "sub\\story.txt").Value!;
        var nested = ArticleFileParser.Parse("Headline\n\nBody."u8, "sub/story.txt").Value!;

        Assert.Equal("sub\\story.txt", backslash.SourceFile);
        Assert.NotEqual(nested.Id, backslash.Id);
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
