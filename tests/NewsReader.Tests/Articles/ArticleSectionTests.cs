using System.Collections.Immutable;
using NewsReader.Articles;
using Xunit;

namespace NewsReader.Tests.Articles;

public sealed class ArticleSectionTests
{
    [Theory]
    [InlineData("001.txt", null)]
    [InlineData("business/001.txt", "business")]
    [InlineData("news/world/001.txt", "news/world")]
    public void Section_IsTheFolderTheFileSitsIn(string sourceFile, string? section)
    {
        var article = new Article
        {
            Id = "id",
            Slug = "slug",
            Headline = "Headline",
            Body = ImmutableArray<ArticleBlock>.Empty,
            WordCount = 0,
            ReadingMinutes = 1,
            SourceFile = sourceFile,
            ContentHash = "hash",
        };

        Assert.Equal(section, article.Section);
    }
}
