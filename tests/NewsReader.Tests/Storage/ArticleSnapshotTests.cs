using NewsReader.Search;
using NewsReader.Storage;
using NewsReader.Tests.TestData;

namespace NewsReader.Tests.Storage;

public sealed class ArticleSnapshotTests
{
    [Fact]
    public void Create_MixedDates_NewestFirstThenUndatedByFileName()
    {
        var snapshot = ArticleSnapshot.Create(
        [
            ArticleFactory.Make("b.txt", "B"),
            ArticleFactory.Make("old.txt", "Old", new DateTimeOffset(2020, 1, 1, 0, 0, 0, TimeSpan.Zero)),
            ArticleFactory.Make("a.txt", "A"),
            ArticleFactory.Make("new.txt", "New", new DateTimeOffset(2024, 5, 1, 0, 0, 0, TimeSpan.Zero)),
        ], []);

        Assert.Equal(["new.txt", "old.txt", "a.txt", "b.txt"], snapshot.Articles.Select(a => a.SourceFile));
    }

    [Fact]
    public void Create_EqualHeadlines_FirstFileKeepsSlugOthersGetIdSuffix()
    {
        var first = ArticleFactory.Make("001.txt");
        var second = ArticleFactory.Make("002.txt");

        var snapshot = ArticleSnapshot.Create([second, first], []);

        Assert.Equal("same-headline", snapshot.FindById(first.Id)!.Slug);
        Assert.Equal($"same-headline-{second.Id[..8]}", snapshot.FindById(second.Id)!.Slug);
    }

    [Fact]
    public void Create_SuffixedSlugsAlsoTaken_FallsBackToWholeIdThenNumber()
    {
        var last = ArticleFactory.Make("9.txt", "Talks");
        var id = last.Id;
        var snapshot = ArticleSnapshot.Create(
        [
            last,
            ArticleFactory.Make("1.txt", "Talks"),
            ArticleFactory.Make("2.txt", $"Talks {id[..8]}"),
            ArticleFactory.Make("3.txt", $"Talks {id}"),
        ], []);

        Assert.Equal($"talks-{id}-2", snapshot.FindById(id)!.Slug);
        Assert.Equal(4, snapshot.Articles.Select(a => a.Slug).Distinct().Count());
    }

    [Fact]
    public void Create_SameInputTwice_IdenticalSlugs()
    {
        var files = Enumerable.Range(0, 30).Select(i => ArticleFactory.Make($"{i:000}.txt", i % 3 == 0 ? "Repeat" : $"Story {i}")).ToList();

        var once = ArticleSnapshot.Create(files, []).Articles.Select(a => a.Slug);
        var again = ArticleSnapshot.Create(Enumerable.Reverse(files), []).Articles.Select(a => a.Slug);

        Assert.Equal(once, again);
        Assert.Equal(30, once.Distinct().Count());
    }

    [Fact]
    public void Create_TwoFilesWithSameEmbeddedId_BothKeptWithDistinctIds()
    {
        var snapshot = ArticleSnapshot.Create(
            [ArticleFactory.Make("000_87e463ba83310d3b.txt", "One"), ArticleFactory.Make("copy/000_87e463ba83310d3b.txt", "Two")], []);

        Assert.Equal(2, snapshot.Articles.Select(a => a.Id).Distinct().Count());
        Assert.Equal("One", snapshot.FindById("87e463ba83310d3b")!.Headline);
    }

    [Fact]
    public void FindBySlug_OtherLetterCase_FindsArticle()
    {
        var snapshot = ArticleSnapshot.Create([ArticleFactory.Make("a.txt", "Hello World")], []);

        Assert.Equal("a.txt", snapshot.FindBySlug("Hello-World")?.SourceFile);
        Assert.Null(snapshot.FindBySlug("goodbye-world"));
    }

    [Theory]
    [InlineData(45, 20, 1, 20, 3)]
    [InlineData(45, 20, 3, 5, 3)]
    [InlineData(40, 20, 2, 20, 2)]
    [InlineData(0, 20, 1, 0, 1)]
    public void GetPage_InRange_ReturnsSliceAndTotals(int count, int size, int number, int expectedItems, int expectedPages)
    {
        var snapshot = ArticleSnapshot.Create(Enumerable.Range(0, count).Select(i => ArticleFactory.Make($"{i:000}.txt", $"Story {i}")), []);

        var page = snapshot.GetPage(number, size)!;

        Assert.Equal(expectedItems, page.Items.Length);
        Assert.Equal(expectedPages, page.TotalPages);
        Assert.Equal(number > 1, page.HasPrevious);
        Assert.Equal(number < expectedPages, page.HasNext);
        if (count > 0)
        {
            Assert.Equal($"{(number - 1) * size:000}.txt", page.Items[0].SourceFile);
        }
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    [InlineData(4)]
    public void GetPage_OutOfRange_Null(int number)
    {
        var snapshot = ArticleSnapshot.Create(Enumerable.Range(0, 45).Select(i => ArticleFactory.Make($"{i:000}.txt", $"Story {i}")), []);

        Assert.Null(snapshot.GetPage(number, 20));
    }

    [Fact]
    public void RepairedCount_CountsRepairedArticlesAndMovesWithTheSnapshotOntoAnotherIndex()
    {
        var articles = new[]
        {
            ArticleFactory.WithBody("r1", "Repaired one", "Mended text.") with { Repaired = true },
            ArticleFactory.WithBody("c1", "Clean one", "Clean text."),
            ArticleFactory.WithBody("r2", "Repaired two", "Mended too.") with { Repaired = true },
        };
        var snapshot = ArticleSnapshot.Create(articles, []);

        Assert.Equal(2, snapshot.RepairedCount);
        Assert.Equal(2, snapshot.WithSearchIndex(SearchIndex.Build(snapshot.Articles)).RepairedCount);
    }
}
