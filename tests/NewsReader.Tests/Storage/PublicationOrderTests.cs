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

    [Fact]
    public void Create_ManyArticlesAtTheSameTime_EachTieByFileName()
    {
        // Enough equal times (and undated articles) that the sort's own order of ties would show.
        var atMonday = Enumerable.Range(0, 60).Select(i => ArticleFactory.Make($"m{i:D3}.txt", $"Monday {i}", Monday));
        var undated = Enumerable.Range(0, 60).Select(i => ArticleFactory.Make($"u{i:D3}.txt", $"Undated {i}"));
        var tuesday = ArticleFactory.Make("t.txt", "Tuesday", Monday.AddDays(1));

        var snapshot = ArticleSnapshot.Create([.. undated.Reverse(), tuesday, .. atMonday.Reverse()], []);

        string[] expected = ["t.txt", .. Enumerable.Range(0, 60).Select(i => $"m{i:D3}.txt"), .. Enumerable.Range(0, 60).Select(i => $"u{i:D3}.txt")];
        Assert.Equal(expected, snapshot.Articles.Select(a => a.SourceFile));
    }

    [Fact]
    public void Sort_ArticlesNotInFileOrder_NewestFirstThenByFileName()
    {
        Article[] articles =
        [
            ArticleFactory.Make("d.txt", "Undated d"),
            ArticleFactory.Make("c.txt", "Monday c", Monday),
            ArticleFactory.Make("b.txt", "Undated b"),
            ArticleFactory.Make("a.txt", "Monday a", Monday),
        ];

        var sorted = PublicationOrder.Sort([.. articles]);

        Assert.Equal(["a.txt", "c.txt", "b.txt", "d.txt"], sorted.Select(a => a.SourceFile));
    }
}
