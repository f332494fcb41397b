using NewsReader.Archives;
using NewsReader.Storage;
using NewsReader.Tests.TestData;

namespace NewsReader.Tests.Archives;

public sealed class ArchiveIndexTests
{
    private static readonly ArchiveIndex Index = ArticleSnapshot.Create(
        [
            ArticleFactory.Make("march-late.txt", "Late March", new DateTimeOffset(2024, 3, 28, 10, 0, 0, TimeSpan.Zero)),
            ArticleFactory.Make("march-early.txt", "Early March", new DateTimeOffset(2024, 3, 2, 8, 0, 0, TimeSpan.Zero)),
            ArticleFactory.Make("undated.txt", "No date"),
            ArticleFactory.Make("january.txt", "January", new DateTimeOffset(2024, 1, 15, 12, 0, 0, TimeSpan.Zero)),
            ArticleFactory.Make("december.txt", "December", new DateTimeOffset(2023, 12, 24, 18, 0, 0, TimeSpan.Zero)),
        ],
        []).Archive;

    [Fact]
    public void Months_DatedArticles_NewestMonthFirstAndNewestArticleFirst()
    {
        Assert.Equal([new ArchiveMonth(2024, 3), new ArchiveMonth(2024, 1), new ArchiveMonth(2023, 12)], Index.Months.Select(m => m.Month));
        Assert.Equal(["Late March", "Early March"], Index.Find(2024, 3)!.Articles.Select(a => a.Headline));
    }

    [Fact]
    public void Months_UndatedArticle_InNoMonth()
    {
        Assert.Equal(4, Index.Count);
        Assert.DoesNotContain(Index.Months.SelectMany(m => m.Articles), a => a.Headline == "No date");
    }

    [Fact]
    public void Years_ManyMonths_GroupedNewestFirstWithCounts()
    {
        Assert.Equal([(2024, 3), (2023, 1)], Index.Years.Select(y => (y.Year, y.Count)));
        Assert.Equal([3, 1], Index.Years[0].Months.Select(m => m.Month.Month));
    }

    [Fact]
    public void OlderAndNewer_EmptyMonthBetween_SkipsIt()
    {
        var march = new ArchiveMonth(2024, 3);
        var january = new ArchiveMonth(2024, 1);

        Assert.Equal(january, Index.Older(march)?.Month);
        Assert.Equal(march, Index.Newer(january)?.Month);
        Assert.Null(Index.Newer(march));
        Assert.Null(Index.Older(new ArchiveMonth(2023, 12)));
    }

    [Theory]
    [InlineData(2024, 2)]
    [InlineData(2024, 13)]
    [InlineData(2024, 0)]
    [InlineData(0, 3)]
    [InlineData(-2024, 3)]
    [InlineData(int.MaxValue, 3)]
    public void Find_EmptyOrImpossibleMonth_Null(int year, int month) => Assert.Null(Index.Find(year, month));

    [Fact]
    public void Find_DateWithOffset_MonthAsTheDateIsShown()
    {
        // 23:30 at UTC−5 on 31 March is already April in UTC; the page shows 31 Mar, so it is March.
        var evening = new DateTimeOffset(2024, 3, 31, 23, 30, 0, TimeSpan.FromHours(-5));
        // 00:30 at UTC+2 on 1 May is still April in UTC; the page shows 1 May.
        var morning = new DateTimeOffset(2024, 5, 1, 0, 30, 0, TimeSpan.FromHours(2));
        var index = new ArchiveIndex([ArticleFactory.Make("evening.txt", "Evening", evening), ArticleFactory.Make("morning.txt", "Morning", morning)]);

        Assert.Equal(["Evening"], index.Find(2024, 3)!.Articles.Select(a => a.Headline));
        Assert.Equal(["Morning"], index.Find(2024, 5)!.Articles.Select(a => a.Headline));
        Assert.Null(index.Find(2024, 4));
    }

    [Fact]
    public void Months_NoDatedArticles_Empty()
    {
        var index = new ArchiveIndex([ArticleFactory.Make("undated.txt")]);

        Assert.Empty(index.Months);
        Assert.Empty(index.Years);
        Assert.Equal(0, index.Count);
    }

    [Theory]
    [InlineData(2024, 3, "March 2024")]
    [InlineData(1999, 12, "December 1999")]
    [InlineData(2, 1, "January 0002")]
    public void Name_Month_InWords(int year, int month, string expected) => Assert.Equal(expected, new ArchiveMonth(year, month).Name);

    [Fact]
    public void Archive_SameSnapshot_BuiltOnce()
    {
        var snapshot = ArticleSnapshot.Create([ArticleFactory.Make("a.txt", "A", DateTimeOffset.UnixEpoch)], []);

        Assert.Same(snapshot.Archive, snapshot.Archive);
    }
}
