using System.Collections.Immutable;
using NewsReader.Articles;
using NewsReader.Search;
using NewsReader.Tests.TestData;

namespace NewsReader.Tests.Search.Relevance;

/// <summary>
/// Related reading as a reader judges it: the same story first (shared names and headline words,
/// not just shared body words), in the article's own section, and nothing shown that only shares
/// common words.
/// </summary>
public sealed class RelatedReadingTests
{
    public static TheoryData<string> Fixtures() => [.. RelevanceFixtures.Snapshot.Articles.Select(a => a.SourceFile)];

    [Theory]
    [MemberData(nameof(Fixtures))]
    public void RelatedTo_EachFixture_StaysInItsSection(string sourceFile)
    {
        var snapshot = RelevanceFixtures.Snapshot;
        var article = snapshot.Articles.Single(a => a.SourceFile == sourceFile);

        var related = snapshot.SearchIndex.RelatedTo(article, 5);

        Assert.All(related, other => Assert.Equal(article.Section, other.Section));
    }

    [Fact]
    public void RelatedTo_SeedArticle_KoreaReportsFirstAndNoGolfApp()
    {
        var snapshot = RelevanceFixtures.WithSeed;
        var seed = snapshot.Articles.Single(a => a.Section is null);

        var related = snapshot.SearchIndex.RelatedTo(seed, 5);

        Assert.NotEmpty(related);
        Assert.Equal("world", related[0].Section);
        Assert.DoesNotContain(related, other => other.Headline.Contains("golf", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void RelatedTo_SameStoryByNameAndHeadline_BeforeArticleSharingOnlyBodyWords()
    {
        ImmutableArray<Article> corpus =
        [
            In("a.txt", "Kim Jong Un agrees to summit", "The leader agreed to meet the president at the border, officials said on Monday.", ["Kim Jong Un"]),
            In("b.txt", "Garden show opens", "The leader of the garden show agreed to meet the president at the border, officials said on Monday.", ["Chelsea"]),
            In("c.txt", "Summit with Kim Jong Un set for spring", "Diplomats expect the meeting in the spring.", ["Kim Jong Un"]),
        ];

        var related = SearchIndex.Build(corpus).RelatedTo(corpus[0], 5);

        Assert.Equal("c.txt", related[0].SourceFile);
    }

    [Fact]
    public void RelatedTo_OnlyCommonWordsInCommon_NotShown()
    {
        ImmutableArray<Article> corpus =
        [
            In("a.txt", "Glacier retreat measured", "Glaciologists measured the retreat of the glacier and the meltwater in the fjord, and it was the fastest on record."),
            In("b.txt", "Fjord meltwater rises", "The fjord filled with meltwater as the glacier retreat sped up, glaciologists said."),
            In("c.txt", "Baker wins prize", "The baker said it was the best loaf of the year and the judges agreed."),
            .. Enumerable.Range(0, 20).Select(i => In($"f{i}.txt", $"Note {i}", $"It was the {i}th note of the year and it said little.")),
        ];

        var related = SearchIndex.Build(corpus).RelatedTo(corpus[0], 5);

        Assert.Equal(["b.txt"], related.Select(a => a.SourceFile));
    }

    [Fact]
    public void RelatedTo_AfterSearchesReuseScoreArrays_SameLinks()
    {
        var snapshot = RelevanceFixtures.LoadFolder(RelevanceFixtures.Folder);
        var article = snapshot.Articles.Single(a => a.SourceFile == "world/en-seoul-summit-hopes.txt");
        foreach (var query in new[] { "central bank", "astronauts", "Kim Jong Un", "the" })
        {
            snapshot.SearchIndex.Search(query, 1, 10);
        }

        var related = snapshot.SearchIndex.RelatedTo(article, 5).Select(a => a.SourceFile);

        Assert.Equal(RelevanceFixtures.Snapshot.SearchIndex.RelatedTo(RelevanceFixtures.Snapshot.Articles.Single(a => a.Id == article.Id), 5).Select(a => a.SourceFile), related);
    }

    private static Article In(string sourceFile, string headline, string body, ImmutableArray<string> topics = default) =>
        ArticleFactory.WithBody(sourceFile, headline, body) with { SourceFile = sourceFile, Topics = topics.IsDefault ? [] : topics };
}
