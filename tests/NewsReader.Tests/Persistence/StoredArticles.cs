using NewsReader.Articles;

namespace NewsReader.Tests.Persistence;

/// <summary>An article with every property set to something other than its default, for round trips.</summary>
internal static class StoredArticles
{
    public static Article Full(string sourceFile = "world/full.md") => new()
    {
        Id = "0123456789abcdef",
        Slug = "a-full-article",
        Headline = "A full article – with “quotes” and ünïcödé",
        Standfirst = "The standfirst, kept apart.",
        Caption = "A caption under the photo.",
        Body =
        [
            new ArticleBlock(ArticleBlockKind.Paragraph, "First paragraph, 北朝鮮 and العربية."),
            new ArticleBlock(ArticleBlockKind.Heading, "A heading"),
            new ArticleBlock(ArticleBlockKind.Other, "A quotation block."),
        ],
        BodyHtml = "<p>First paragraph</p><h2>A heading</h2>",
        Byline = "Ann Lee and Ben Okafor",
        Authors = ["Ann Lee", "Ben Okafor"],
        Dateline = "SEOUL, Oct 24",
        LeadImage = "/media/world/crane.png",
        MissingImages = ["images/gone.png"],
        LeadImageAlt = "A crane at the docks",
        LeadImageCaption = "The crane, at dusk",
        LeadImageCredit = "Photo: Jane Doe / Agency",
        LeadImageWidth = 1600,
        LeadImageHeight = 900,
        Format = ArticleFormat.Markdown,
        SiteName = "The Daily Example",
        OriginalUrl = new Uri("https://news.example.com/2024/full-article"),
        Language = "en",
        Tags = ["ports", "trade"],
        Topics = ["North Korea", "Ann Lee"],
        TopicCandidates = [new TopicCandidate("North Korea", TopicKind.Place, 3.5f, LowerCaseToo: false), new TopicCandidate("Door", TopicKind.Subject, 1.25f, LowerCaseToo: true)],
        WordCount = 123,
        ReadingMinutes = 2,
        Published = new DateTimeOffset(2024, 3, 12, 9, 30, 0, TimeSpan.FromHours(9)),
        Updated = new DateTimeOffset(2024, 3, 13, 10, 0, 0, TimeSpan.Zero),
        FileModified = new DateTimeOffset(2024, 3, 14, 11, 0, 0, TimeSpan.FromHours(-5)),
        SourceFile = sourceFile,
        ContentHash = "fedcba9876543210",
        SourceHash = 0x1234_5678_9abc_def0,
        Repaired = true,
    };

    /// <summary>A plain-text article, whose HTML is rendered on demand rather than kept.</summary>
    public static Article Plain(string sourceFile, string headline, params string[] paragraphs) => new()
    {
        Id = ArticleId.FromSourceFile(sourceFile),
        Slug = Slug.FromHeadline(headline),
        Headline = headline,
        Body = [.. paragraphs.Select(p => new ArticleBlock(ArticleBlockKind.Paragraph, p))],
        ContentHash = ArticleId.Hash(headline),
        WordCount = paragraphs.Sum(p => p.Split(' ').Length),
        ReadingMinutes = 1,
        SourceFile = sourceFile,
    };
}
