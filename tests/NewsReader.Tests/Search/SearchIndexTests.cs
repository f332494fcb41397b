using System.Collections.Immutable;
using NewsReader.Articles;
using NewsReader.Search;

using NewsReader.Tests.TestData;

namespace NewsReader.Tests.Search;

public sealed class SearchIndexTests
{
    private static Article Make(string id, string headline, params string[] paragraphs) =>
        ArticleFactory.WithBody(id, headline, paragraphs);

    private static readonly ImmutableArray<Article> Corpus =
    [
        Make("a", "Trump open to meeting Kim Jong Un", "Donald Trump said he would meet Kim Jong Un in Busan.", "Talks on nuclear weapons stalled."),
        Make("b", "Markets rally in Asia", "Shares rose in Tokyo. One analyst mentioned Pyongyang once.", "A café owner in Seoul said business was good."),
        Make("c", "Budget talks resume", "Ministers met to talk about the budget and the deficit.", "The meeting ended late."),
        Make("d", "Weather report", "Rain in the north, sun in the south.", "Nothing about politics here at all, not even a meet."),
    ];

    private static readonly SearchIndex Index = SearchIndex.Build(Corpus);

    private static List<string> Ids(string query) => [.. Index.Search(query, 1, 10).Hits.Select(h => h.Article.Id)];

    [Fact]
    public void Search_HeadlineMatch_BeatsSingleMentionInBody()
    {
        var ids = Ids("kim jong un");

        Assert.Equal("a", ids[0]);
    }

    [Fact]
    public void Search_QuotedPhrase_OnlyExactSequence()
    {
        Assert.Equal(["a"], Ids("\"nuclear weapons\""));
        Assert.Empty(Ids("\"weapons nuclear\""));
    }

    [Theory]
    [InlineData("pyongyang", "b")]
    [InlineData("PYONGYANG", "b")]
    [InlineData("cafe", "b")]
    [InlineData("Café", "b")]
    public void Search_CaseAndAccents_Ignored(string query, string expected) => Assert.Equal(expected, Ids(query)[0]);

    [Fact]
    public void Search_WordForms_MatchTheirStem()
    {
        Assert.Contains("c", Ids("meeting"));
        Assert.Contains("a", Ids("talk"));
        Assert.Contains("c", Ids("talks"));
    }

    [Fact]
    public void Search_Misspelled_NoResultsWithSuggestion()
    {
        var results = Index.Search("Kim Jong Uun", 1, 10);

        Assert.Equal(0, results.Total);
        Assert.Equal("Kim Jong Un", results.Suggestion);
    }

    [Fact]
    public void Search_UnmatchedQuote_WordsStillFound()
    {
        Assert.Equal(["c"], Ids("\"budget deficit"));
    }

    [Fact]
    public void Search_WordsInTypedOrder_RankAboveScatteredWords()
    {
        var scattered = Make("s", "Report", "The ministers met. Later the budget was cut and talks ended.");
        var exact = Make("x", "Report", "Nothing else here but budget talks.");
        var index = SearchIndex.Build([scattered, exact]);

        Assert.Equal("x", index.Search("budget talks", 1, 10).Hits[0].Article.Id);
    }

    [Fact]
    public void Search_SeveralWords_OnlyArticlesWithAllOfThem()
    {
        Assert.Equal(["c"], Ids("budget deficit"));
    }

    [Fact]
    public void Search_SnippetMarksMatchesAndEncodesText()
    {
        var evil = Make("e", "Evil", "Before <script>alert(1)</script> the word budget appears.");
        var index = SearchIndex.Build([evil]);

        var snippet = Assert.Single(index.Search("budget", 1, 10).Hits).SnippetHtml;

        Assert.Contains("<mark>budget</mark>", snippet, StringComparison.Ordinal);
        Assert.Contains("&lt;/script&gt;", snippet, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", snippet, StringComparison.Ordinal);
        Assert.DoesNotContain("</script", snippet, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("!!! ??? ...")]
    [InlineData("<script>alert(1)</script>")]
    [InlineData("\"")]
    [InlineData("\"\"\"")]
    public void Search_EmptyOrHostile_NoErrorNoCrash(string query)
    {
        var results = Index.Search(query, 1, 10);

        Assert.True(results.Total >= 0);
    }

    [Fact]
    public void Search_TenThousandCharacters_Bounded()
    {
        var results = Index.Search(string.Concat(Enumerable.Repeat("budget ", 1500)), 1, 10);

        Assert.Equal("c", results.Hits[0].Article.Id);
    }

    [Fact]
    public void Search_Pages_SliceTotalAndEdges()
    {
        var many = Enumerable.Range(0, 25).Select(i => Make($"m{i:00}", $"Story {i} about budgets", "The budget again.")).ToImmutableArray();
        var index = SearchIndex.Build(many);

        var first = index.Search("budget", 1, 10);
        var last = index.Search("budget", 3, 10);
        var beyond = index.Search("budget", 4, 10);

        Assert.Equal(25, first.Total);
        Assert.Equal(3, first.TotalPages);
        Assert.Equal(10, first.Hits.Length);
        Assert.Equal(5, last.Hits.Length);
        Assert.Empty(beyond.Hits);
        Assert.Empty(first.Hits.Select(h => h.Article.Id).Intersect(last.Hits.Select(h => h.Article.Id)));
    }
}
