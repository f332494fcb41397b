using NewsReader.Archives;
using NewsReader.Articles;
using NewsReader.Storage;
using NewsReader.Tests.TestData;

namespace NewsReader.Tests.Archives;

public sealed class AuthorIndexTests
{
    private static Article By(string file, int day, params string[] authors) =>
        ArticleFactory.Make(file, file, new DateTimeOffset(2024, 3, day, 9, 0, 0, TimeSpan.Zero)) with { Authors = [.. authors] };

    [Fact]
    public void Find_Author_ArticlesNewestFirst()
    {
        var authors = ArticleSnapshot.Create([By("old", 1, "Ann Lee"), By("new", 20, "Ann Lee", "Ben Okafor"), By("other", 10, "Ben Okafor")], []).Authors;

        Assert.Equal(["new", "old"], authors.Find("ann-lee")!.Articles.Select(a => a.Headline));
        Assert.Equal(["new", "other"], authors.Find("ben-okafor")!.Articles.Select(a => a.Headline));
    }

    [Fact]
    public void Find_TwoSpellingsOneSlug_OneAuthorShownByTheCommonerSpelling()
    {
        var index = new AuthorIndex([By("a", 1, "Zoe Stastna"), By("b", 2, "Zoë Šťastná"), By("c", 3, "Zoë Šťastná")]);

        var author = Assert.Single(index.All);
        Assert.Equal(("Zoë Šťastná", "zoe-stastna", 3), (author.Name, author.Slug, author.Articles.Length));
    }

    [Fact]
    public void Find_ShoutedAndPlainAsOften_PlainSpellingWins()
    {
        var index = new AuthorIndex([By("a", 1, "JANE DOE"), By("b", 2, "Jane Doe")]);

        Assert.Equal("Jane Doe", index.Find("jane-doe")?.Name);
    }

    [Fact]
    public void Find_BothSpellingsInOneByline_ArticleListedOnce()
    {
        var index = new AuthorIndex([By("a", 1, "Zoe Stastna", "Zoë Šťastná")]);

        Assert.Single(index.Find("zoe-stastna")!.Articles);
    }

    [Fact]
    public void Find_NameOfTheArticlesOwnSite_NotAnAuthor()
    {
        var index = new AuthorIndex([By("a", 1, "National Geographic") with { SiteName = "National Geographic" }]);

        Assert.Empty(index.All);
    }

    [Fact]
    public void Find_NameWithNoLettersOrDigits_NotAnAuthor()
    {
        var index = new AuthorIndex([By("a", 1, "—")]);

        Assert.Empty(index.All);
    }

    [Theory]
    [InlineData("ANN-LEE")]
    [InlineData("ann-lee")]
    public void Find_AnyCase_FindsAuthor(string slug)
    {
        var index = new AuthorIndex([By("a", 1, "Ann Lee")]);

        Assert.Equal("Ann Lee", index.Find(slug)?.Name);
    }

    [Fact]
    public void Find_Unknown_Null() => Assert.Null(new AuthorIndex([By("a", 1, "Ann Lee")]).Find("ben-okafor"));

    [Fact]
    public void All_NoBylines_Empty() => Assert.Empty(new AuthorIndex([ArticleFactory.Make("a.txt")]).All);

    [Fact]
    public void All_SeveralAuthors_MostArticlesFirst()
    {
        var index = new AuthorIndex([By("a", 1, "Ben Okafor"), By("b", 2, "Ann Lee", "Ben Okafor"), By("c", 3, "Cy Young")]);

        Assert.Equal(["Ben Okafor", "Ann Lee", "Cy Young"], index.All.Select(a => a.Name));
    }

    [Fact]
    public void Of_BylineName_ItsAuthorPage()
    {
        var article = By("a", 1, "Zoë Šťastná");
        var index = new AuthorIndex([article]);

        Assert.Equal("zoe-stastna", index.Of(article, "Zoë Šťastná")?.Slug);
        Assert.Null(index.Of(article, "Someone Else"));
    }
}
