using NewsReader.Articles;
using NewsReader.Storage;
using NewsReader.Tests.TestData;

namespace NewsReader.Tests.Storage;

/// <summary>A snapshot's order, whatever order the articles arrive in.</summary>
public sealed class PublicationOrderTests
{
    private static readonly DateTimeOffset Monday = new(2024, 3, 11, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Create_ArticlesInAnyOrder_NewestFirstThenUndatedEachByFileName()
    {
        Article[] articles =
        [
            ArticleFactory.Make("c.txt", "Undated c"),
            ArticleFactory.Make("b.txt", "Monday b", Monday),
            ArticleFactory.Make("z.txt", "Tuesday", Monday.AddDays(1)),
            ArticleFactory.Make("a.txt", "Undated a"),
            ArticleFactory.Make("a2.txt", "Monday a2", Monday.ToOffset(TimeSpan.FromHours(9))),
        ];

        var snapshot = ArticleSnapshot.Create(articles.Reverse(), []);

        Assert.Equal(["z.txt", "a2.txt", "b.txt", "a.txt", "c.txt"], snapshot.Articles.Select(a => a.SourceFile));
    }

    [Fact]
    public void Create_CopiesOutOfPathOrder_TheFirstInPathOrderIsPublished()
    {
        var original = ArticleFactory.Make("a/first.txt", "Same story") with { ContentHash = "same" };
        var copy = ArticleFactory.Make("b/later.txt", "Same story") with { ContentHash = "same" };

        var snapshot = ArticleSnapshot.Create([copy, original], []);

        Assert.Equal("a/first.txt", Assert.Single(snapshot.Articles).SourceFile);
        Assert.Equal(new DuplicateFile("b/later.txt", "a/first.txt"), Assert.Single(snapshot.Duplicates));
    }

    [Fact]
    public void Create_SameHeadlineOutOfPathOrder_TheFirstInPathOrderKeepsTheSlug()
    {
        var first = ArticleFactory.Make("a.txt", "Same headline");
        var second = ArticleFactory.Make("b.txt", "Same headline");

        var snapshot = ArticleSnapshot.Create([second, first], []);

        Assert.Equal("same-headline", snapshot.FindById(first.Id)!.Slug);
        Assert.StartsWith("same-headline-", snapshot.FindById(second.Id)!.Slug, StringComparison.Ordinal);
    }
}
