using NewsReader.Articles;

namespace NewsReader.Tests.TestData;

/// <summary>Builds articles for tests that care about one or two fields.</summary>
internal static class ArticleFactory
{
    public static Article Make(string sourceFile, string headline = "Same headline", DateTimeOffset? published = null) => new()
    {
        Id = ArticleId.FromSourceFile(sourceFile),
        Slug = Slug.FromHeadline(headline),
        Headline = headline,
        Body = [new ArticleBlock(ArticleBlockKind.Paragraph, "Body of " + sourceFile)],
        BodyHtml = $"<p>Body of {sourceFile}</p>",
        ContentHash = ArticleId.Hash(headline + "\n" + sourceFile),
        WordCount = 3,
        ReadingMinutes = 1,
        Published = published,
        SourceFile = sourceFile,
    };

    /// <summary>An article with the given id and paragraphs, for search and similarity tests.</summary>
    public static Article WithBody(string id, string headline, params string[] paragraphs) => new()
    {
        Id = id,
        Slug = Slug.FromHeadline(headline),
        Headline = headline,
        Body = [.. paragraphs.Select(p => new ArticleBlock(ArticleBlockKind.Paragraph, p))],
        BodyHtml = "",
        ContentHash = id,
        WordCount = 1,
        ReadingMinutes = 1,
        SourceFile = id + ".txt",
    };
}
