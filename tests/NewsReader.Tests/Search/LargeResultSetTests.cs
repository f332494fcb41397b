using System.Collections.Immutable;
using NewsReader.Articles;
using NewsReader.Search;
using NewsReader.Tests.TestData;

namespace NewsReader.Tests.Search;

/// <summary>Queries matching thousands of articles take the ranker's best-first path; these pin its behaviour.</summary>
public sealed class LargeResultSetTests
{
    private const int Count = 5000;

    private static readonly ImmutableArray<Article> Corpus = [.. Enumerable.Range(0, Count).Select(Make)];

    private static readonly SearchIndex Index = SearchIndex.Build(Corpus);

    // Every article has "harbour", "crane", "gamma", "delta", "omega" and "sigma"; every seventh has
    // "gamma delta" side by side; only article 4321 has "omega sigma"; every third has "harbour crane".
    private static Article Make(int i)
    {
        var gamma = i % 7 == 0 ? "The gamma delta line opened." : "The gamma line met the delta road.";
        var omega = i == 4321 ? "An omega sigma sign." : "An omega and a sigma.";
        var harbour = i % 3 == 0 ? "The harbour crane stood tall." : "The harbour had a crane.";
        var filler = string.Join(' ', Enumerable.Repeat("word", i % 11));
        return ArticleFactory.WithBody($"{i:x16}", $"Story {i}", $"{gamma} {omega} {filler}", harbour);
    }

    [Fact]
    public void Search_LooseWordsOnLargeSet_ExactTotalAndStablePages()
    {
        var all = Index.Search("harbour crane", 1, 60);
        var paged = Enumerable.Range(1, 3).SelectMany(page => Index.Search("harbour crane", page, 20).Hits).ToList();

        Assert.Equal(Count, all.Total);
        Assert.False(all.TotalIsEstimate);
        Assert.Equal(all.Hits.Select(h => h.Article.Id), paged.Select(h => h.Article.Id));
    }

    [Fact]
    public void Search_WordsInTypedOrderOnLargeSet_RankFirst()
    {
        var hits = Index.Search("harbour crane", 1, 20).Hits;

        Assert.All(hits, hit => Assert.Contains("harbour crane", hit.Article.BodyText, StringComparison.Ordinal));
    }

    [Fact]
    public void Search_CommonPhraseOnLargeSet_OnlyExactSequencesAndEstimatedTotal()
    {
        var results = Index.Search("\"gamma delta\"", 1, 20);
        var actual = Corpus.Count(a => a.BodyText.Contains("gamma delta", StringComparison.Ordinal));

        Assert.Equal(20, results.Hits.Length);
        Assert.All(results.Hits, hit => Assert.Contains("gamma delta", hit.Article.BodyText, StringComparison.Ordinal));
        Assert.True(results.TotalIsEstimate);
        Assert.InRange(results.Total, actual * 0.8, actual * 1.2);
    }

    [Fact]
    public void Search_RarePhraseAmongThousandsOfCandidates_Found()
    {
        var results = Index.Search("\"omega sigma\"", 1, 20);

        Assert.Equal([$"{4321:x16}"], results.Hits.Select(h => h.Article.Id));
    }

    [Fact]
    public void Search_RandomQueries_SameSetAsCheckingEveryArticle()
    {
        var words = new[] { "red", "green", "blue", "cyan", "amber", "olive", "pearl", "slate" };
        var random = new Random(5);
        ImmutableArray<Article> articles = [.. Enumerable.Range(0, 3000).Select(i => ArticleFactory.WithBody(
            $"{i:x16}", $"Piece {i}", string.Join(' ', Enumerable.Range(0, random.Next(1, 12)).Select(_ => words[random.Next(words.Length)]))))];
        var index = SearchIndex.Build(articles);

        for (var q = 0; q < 100; q++)
        {
            var query = Enumerable.Range(0, random.Next(1, 4)).Select(_ => words[random.Next(words.Length)]).ToArray();
            var expected = articles.Count(a => query.All(w => a.BodyText.Split(' ').Contains(w)));

            Assert.Equal(expected, index.Search(string.Join(' ', query), 1, 10).Total);
        }
    }

    [Fact]
    public void Search_RandomPhrasesAcrossBuildChunks_SameSetAsCheckingEveryArticle()
    {
        // More articles than one build chunk holds, so postings and positions are merged from several.
        var words = Enumerable.Range(0, 40).Select(i => $"w{i}z").ToArray();
        var random = new Random(11);
        ImmutableArray<Article> articles = [.. Enumerable.Range(0, 9000).Select(i => ArticleFactory.WithBody(
            $"{i:x16}", $"Piece {i}", string.Join(' ', Enumerable.Range(0, random.Next(1, 12)).Select(_ => words[random.Next(words.Length)]))))];
        var index = SearchIndex.Build(articles);

        for (var q = 0; q < 100; q++)
        {
            var phrase = $"{words[random.Next(words.Length)]} {words[random.Next(words.Length)]}";
            var expected = articles.Where(a => $" {a.BodyText} ".Contains($" {phrase} ", StringComparison.Ordinal)).Select(a => a.Id).Order().ToList();

            var results = index.Search($"\"{phrase}\"", 1, 100);

            Assert.False(results.TotalIsEstimate);
            Assert.Equal(expected, results.Hits.Select(h => h.Article.Id).Order().ToList());
        }
    }
}
