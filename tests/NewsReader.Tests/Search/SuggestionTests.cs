using System.Collections.Immutable;
using NewsReader.Articles;
using NewsReader.Search;
using NewsReader.Tests.TestData;

namespace NewsReader.Tests.Search;

/// <summary>"Did you mean" is offered only for a query that then finds something.</summary>
public sealed class SuggestionTests
{
    private static readonly ImmutableArray<Article> Corpus =
    [
        ArticleFactory.WithBody("a", "Trump open to meeting Kim Jong Un", "Donald Trump said he would meet Kim Jong Un in Busan."),
        // "run" is commoner than "un", and one letter from "Uun" too: alone it would win.
        ArticleFactory.WithBody("b", "Bank run feared", "A run on the bank. The run went on. Another run, and a run again."),
        ArticleFactory.WithBody("c", "Weather report", "Rain in the north, sun in the south."),
        ArticleFactory.WithBody("d", "Budget talks resume", "Ministers met to talk about the budget in Pyongyang's shadow."),
    ];

    private static readonly SearchIndex Index = SearchIndex.Build(Corpus);

    [Fact]
    public void Search_MisspeltWordAmongOthers_CorrectedToTheWordThatGoesWithThem()
    {
        var results = Index.Search("Kim Jong Uun", 1, 10);

        Assert.Equal("Kim Jong Un", results.Suggestion);
        Assert.Equal(["a"], Index.Search(results.Suggestion!, 1, 10).Hits.Select(hit => hit.Article.Id));
    }

    [Fact]
    public void Search_CorrectionThatWouldFindNothing_NoSuggestion()
    {
        // "weathr" is one letter from "weather", but no article has "Trump" and "weather".
        var results = Index.Search("Trump weathr", 1, 10);

        Assert.Equal(0, results.Total);
        Assert.Null(results.Suggestion);
    }

    [Fact]
    public void Search_WellSpeltWordsNeverTogether_NoSuggestion()
    {
        var results = Index.Search("Busan weather", 1, 10);

        Assert.Equal(0, results.Total);
        Assert.Null(results.Suggestion);
    }
}
