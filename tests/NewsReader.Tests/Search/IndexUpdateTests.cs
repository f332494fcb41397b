using System.Collections.Immutable;
using NewsReader.Articles;
using NewsReader.Search;
using NewsReader.Tests.TestData;

namespace NewsReader.Tests.Search;

/// <summary>
/// An index updated from the last one (unchanged articles' terms taken from it, the rest read)
/// answers exactly as one built from scratch over the same articles: across several chunks, with
/// articles added in front (every document number shifts), changed and removed.
/// </summary>
public sealed class IndexUpdateTests
{
    private const int Count = 9000;

    private static readonly ImmutableArray<Article> Before = [.. Enumerable.Range(0, Count).Select(i => Make(i, changed: false))];

    // Ten new articles in front, five removed, five changed; the rest as they were.
    private static readonly ImmutableArray<Article> After =
    [
        .. Enumerable.Range(Count, 10).Select(i => Make(i, changed: false)),
        .. Before.Where((_, i) => i is not (>= 100 and < 105)).Select((article, i) => article.Id is var id && IsChanged(id) ? Make(Convert.ToInt32(id, 16), changed: true) : article),
    ];

    public static TheoryData<string> Queries() =>
        ["harbour crane", "\"gamma delta\"", "omega sigma", "story", "keel", "lighthouse keeper", "word", "crane harbour stood"];

    [Theory]
    [MemberData(nameof(Queries))]
    public void Update_AfterAddsChangesAndRemovals_SearchesAsAFreshBuild(string query)
    {
        var (fresh, updated) = (SearchIndex.Build(After), Updated.Value);

        var (expected, actual) = (fresh.Search(query, 1, 30), updated.Search(query, 1, 30));

        Assert.Equal(expected.Total, actual.Total);
        Assert.Equal(expected.TotalIsEstimate, actual.TotalIsEstimate);
        Assert.Equal(expected.Hits.Select(h => (h.Article.Id, h.SnippetHtml)), actual.Hits.Select(h => (h.Article.Id, h.SnippetHtml)));
    }

    [Fact]
    public void Update_TakesOnlyTheUnchangedArticlesFromTheLastIndex()
    {
        var updated = Updated.Value;

        Assert.Equal(SearchIndexOrigin.Updated, updated.Origin);
        Assert.Equal(Count - 5 - 5, updated.ReusedArticles);
        Assert.Equal(SearchIndex.Build(After).TermCount, updated.TermCount);
        // The new and the changed articles' words were read: they are found.
        Assert.Equal(10, updated.Search("lighthouse keeper", 1, 20).Total);
        Assert.Equal(5, updated.Search("keel", 1, 20).Total);
        // The last index is read, never written: it still answers as before.
        Assert.Equal(0, Previous.Value.Search("keel", 1, 20).Total);
    }

    [Fact]
    public void Update_ChunkWhoseArticlesAllStayed_IsTakenWholeWithTheFreshBuildsWeights()
    {
        var (fresh, updated, previous) = (SearchIndex.Build(After), Updated.Value, Previous.Value);

        // The last chunk's articles were neither changed nor removed: its postings are shared, not regrouped.
        Assert.Contains(updated.Chunks, chunk => ReferenceEquals(chunk.Terms, previous.Chunks[^1].Terms));
        Assert.Equal(fresh.Lengths, updated.Lengths);
        // The average length moved by a hair, not by a step of its rounding: the chunk keeps the
        // weights it had, and they are every posting's weight as the build gives it.
        var taken = updated.Chunks.Single(chunk => ReferenceEquals(chunk.Terms, previous.Chunks[^1].Terms));
        Assert.NotEqual(previous.Lengths.Average(), updated.Lengths.Average());
        Assert.Equal(Bm25.AverageLength(previous.Lengths), Bm25.AverageLength(updated.Lengths));
        Assert.True(taken.Weights.Overlaps(previous.Chunks[^1].Weights));
        for (var run = 0; run < taken.Terms.Length; run++)
        {
            for (var at = taken.RunStarts[run]; at < taken.RunStarts[run + 1]; at++)
            {
                Assert.Equal(WeightIn(fresh, taken.Terms[run], taken.FirstDoc + taken.Docs[at]), taken.Weights[at]);
            }
        }
    }

    [Fact]
    public void Update_AverageLengthMovedAStep_ChunkTakenWholeWeighedAnewInArraysOfItsOwn()
    {
        // A third as many long articles again: the average length moves well past a rounding step.
        ImmutableArray<Article> longer = [.. Enumerable.Range(2 * Count, 3000).Select(i => Make(i, changed: false, words: 200)), .. Before];
        var previous = SearchIndex.Build(Before);
        var weightsBefore = previous.Chunks[^1].Weights.ToArray();

        var (updated, fresh) = (SearchIndex.Update(previous.Reusable, longer), SearchIndex.Build(longer));

        Assert.NotEqual(Bm25.AverageLength(previous.Lengths), Bm25.AverageLength(updated.Lengths));
        var taken = updated.Chunks.Single(chunk => ReferenceEquals(chunk.Terms, previous.Chunks[^1].Terms));
        Assert.False(taken.Weights.Overlaps(previous.Chunks[^1].Weights));
        for (var run = 0; run < taken.Terms.Length; run++)
        {
            for (var at = taken.RunStarts[run]; at < taken.RunStarts[run + 1]; at++)
            {
                Assert.Equal(WeightIn(fresh, taken.Terms[run], taken.FirstDoc + taken.Docs[at]), taken.Weights[at]);
            }
        }

        // The index still published meanwhile answers as it did.
        Assert.Equal(weightsBefore, previous.Chunks[^1].Weights.ToArray());
    }

    [Fact]
    public void Update_FindsTheSameRelatedReading()
    {
        var (fresh, updated) = (SearchIndex.Build(After), Updated.Value);

        foreach (var article in After.Where((_, i) => i % 450 == 0))
        {
            Assert.Equal(fresh.RelatedTo(article, 5).Select(a => a.Id), updated.RelatedTo(article, 5).Select(a => a.Id));
        }
    }

    [Fact]
    public void Update_ArticlesNotReadFromFiles_AreReadAgain()
    {
        // Nothing vouches for the text of an article without a file hash, so none is taken.
        var handMade = Before.Take(50).Select(article => article with { SourceHash = 0 }).ToImmutableArray();

        var updated = SearchIndex.Update(SearchIndex.Build(handMade).Reusable, handMade);

        Assert.Equal(0, updated.ReusedArticles);
        Assert.Equal(50, updated.Search("story", 1, 60).Total);
    }

    /// <summary>The weight an index gives a term in a document, found through its chunks.</summary>
    private static ushort WeightIn(SearchIndex index, int term, int doc)
    {
        var (chunk, at) = IndexPostings.Find(index, term, doc);
        return chunk.Weights[at];
    }

    private static readonly Lazy<SearchIndex> Previous = new(() => SearchIndex.Build(Before));

    private static readonly Lazy<SearchIndex> Updated = new(() => SearchIndex.Update(Previous.Value.Reusable, After));

    private static bool IsChanged(string id) => Convert.ToInt32(id, 16) is >= 5000 and < 5005;

    // Every article has "harbour", "crane", "gamma", "delta", "omega" and "sigma"; the new ones a
    // lighthouse keeper, the changed ones a keel; lengths vary so that BM25's norms do.
    private static Article Make(int i, bool changed, int words = -1) =>
        HarbourArticles.Make(i, changed, i >= Count ? " The lighthouse keeper waved." : changed ? " The keel was laid again." : "", words);
}
