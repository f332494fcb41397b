using System.Collections.Immutable;
using NewsReader.Articles;
using NewsReader.Search;
using NewsReader.Search.Languages;
using NewsReader.Tests.TestData;

namespace NewsReader.Tests.Search;

/// <summary>
/// A query reads the snapshot's vocabulary and leaves nothing behind: random words must not grow
/// process-wide tables (they would for as long as the process runs), and a query that found
/// nothing must not hold its thread while suggestions are being prepared.
/// </summary>
public sealed class QueryFootprintTests
{
    private static readonly ImmutableArray<Article> Corpus =
    [
        ArticleFactory.WithBody("a", "Trump open to meeting Kim Jong Un", "Donald Trump said he would meet Kim Jong Un in Busan."),
        ArticleFactory.WithBody("b", "Markets rally in Asia", "Shares rose in Tokyo and Seoul."),
    ];

    [Fact]
    public void Search_UnseenWords_NotKeptInStemOrTermTables()
    {
        var index = SearchIndex.Build(Corpus);
        string[] words = [.. Enumerable.Range(0, 20).Select(i => "zqvx" + Guid.NewGuid().ToString("N")[..8] + "ings" + i)];

        foreach (var word in words)
        {
            index.Search(word, 1, 10);
            index.Search($"trump \"{word} meeting\"", 1, 10);
        }

        Assert.All(words, word => Assert.False(SearchTokenizer.KeepsStemOf(word), word));
        Assert.All(words, word => Assert.Equal(-1, TermIds.Find(SearchTokenizer.TermOf(TextLanguage.English, word))));
    }

    [Fact]
    public void Search_ArticleWords_StillFoundAfterUnseenOnes()
    {
        var index = SearchIndex.Build(Corpus);
        index.Search("zqvxunseenword", 1, 10);

        Assert.Equal(["a"], index.Search("meetings", 1, 10).Hits.Select(hit => hit.Article.Id));
    }

    [Fact]
    public async Task Search_ZeroHitsWhileVocabularyNotReady_AnswersAtOnceWithoutSuggestion()
    {
        // Past 2,000 articles the vocabulary is read in the background; the first zero-hit query
        // starts that reading and must not wait for it (it used to block for up to a second).
        ImmutableArray<Article> many =
        [
            .. Corpus,
            .. Enumerable.Range(0, 2500).Select(i => ArticleFactory.WithBody($"s{i}", $"Story {i} about budgets", $"Paragraph {i} on ministers, markets, weather and more.")),
        ];
        var index = SearchIndex.Build(many);

        var first = index.Search("Kim Jong Uun", 1, 10);
        await index.SuggestionsReady();
        var later = index.Search("Kim Jong Uun", 1, 10);

        Assert.True(first.SuggestionPending);
        Assert.Null(first.Suggestion);
        Assert.False(later.SuggestionPending);
        Assert.Equal("Kim Jong Un", later.Suggestion);
    }
}
