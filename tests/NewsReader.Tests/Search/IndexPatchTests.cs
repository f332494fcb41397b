using System.Collections.Immutable;
using NewsReader.Articles;
using NewsReader.Search;
using NewsReader.Tests.TestData;

namespace NewsReader.Tests.Search;

/// <summary>
/// Articles edited where they stand, a few in every chunk (as edits land across a date-ordered
/// index): each chunk is patched from the last index's (<see cref="ChunkPatch"/>) rather than
/// grouped again, and the index answers exactly as one built from scratch.
/// </summary>
public sealed class IndexPatchTests
{
    private const int Count = 9000;

    private static readonly ImmutableArray<Article> Before = [.. Enumerable.Range(0, Count).Select(i => Make(i, edited: false))];

    // Every 500th article edited in place (a word gone, a word new to the corpus); one replaced by a new article.
    private static readonly ImmutableArray<Article> After =
        [.. Before.Select((article, i) => i == 4250 ? Make(Count + 1, edited: false) : IsEdited(i) ? Make(i, edited: true) : article)];

    private static readonly Lazy<SearchIndex> Previous = new(() => SearchIndex.Build(Before));

    private static readonly Lazy<SearchIndex> Updated = new(() => SearchIndex.Update(Previous.Value.Reusable, After));

    private static readonly Lazy<SearchIndex> Fresh = new(() => SearchIndex.Build(After));

    public static TheoryData<string> Queries() => ["keel", "anchor", "harbour crane", "\"gamma delta\"", "story", "word", "omega sigma"];

    [Theory]
    [MemberData(nameof(Queries))]
    public void Update_EditsInPlace_SearchesAsAFreshBuild(string query)
    {
        var (expected, actual) = (Fresh.Value.Search(query, 1, 30), Updated.Value.Search(query, 1, 30));

        Assert.Equal(expected.Total, actual.Total);
        Assert.Equal(expected.Hits.Select(h => (h.Article.Id, h.SnippetHtml)), actual.Hits.Select(h => (h.Article.Id, h.SnippetHtml)));
    }

    [Fact]
    public void Update_EditsInPlace_EveryChunkPatchedWithTheFreshBuildsPostings()
    {
        var (previous, updated, fresh) = (Previous.Value, Updated.Value, Fresh.Value);

        Assert.Equal(Count - 18, updated.ReusedArticles);
        Assert.Equal(fresh.TermCount, updated.TermCount);
        Assert.Equal(fresh.Lengths, updated.Lengths);
        Assert.Equal(0, updated.Search("anchor", 1, 5).Total);
        Assert.Equal(previous.Chunks.Count, updated.Chunks.Count);
        foreach (var chunk in updated.Chunks)
        {
            // Patched, not grouped again: the runs it had come first, in their order, and the
            // words new to it ("keel") after them, where grouping would have put each at its first use.
            var kept = previous.Chunks[chunk.Index].Terms.Where(chunk.Terms.Contains).ToList();
            Assert.Equal(kept, chunk.Terms.Take(kept.Count));
            Assert.Contains(TermIds.Find("keel"), chunk.Terms.Skip(kept.Count));
            for (var run = 0; run < chunk.Terms.Length; run++)
            {
                for (var at = chunk.RunStarts[run]; at < chunk.RunStarts[run + 1]; at++)
                {
                    var doc = chunk.FirstDoc + chunk.Docs[at];
                    Assert.Equal(PostingIn(fresh, chunk.Terms[run], doc), (chunk.Weights[at], chunk.Frequencies[at], Convert.ToHexString(chunk.EncodedPositionsAt(at))));
                }
            }
        }

        for (var doc = 0; doc < Count; doc++)
        {
            Assert.Equal(fresh.Blocks.Of(doc).ToArray(), updated.Blocks.Of(doc).ToArray());
        }
    }

    [Fact]
    public void Update_EditsInPlace_LastIndexUntouched()
    {
        _ = Updated.Value;

        Assert.Equal(0, Previous.Value.Search("keel", 1, 5).Total);
        Assert.Equal(18, Previous.Value.Search("anchor", 1, 30).Total);
    }

    /// <summary>A term's posting for a document in an index: its weight, frequency and encoded positions.</summary>
    private static (ushort Weight, ushort Frequency, string Positions) PostingIn(SearchIndex index, int term, int doc)
    {
        var (chunk, at) = IndexPostings.Find(index, term, doc);
        return (chunk.Weights[at], chunk.Frequencies[at], Convert.ToHexString(chunk.EncodedPositionsAt(at)));
    }

    private static bool IsEdited(int i) => i % 500 == 250 && i != 4250;

    // Every article has "harbour", "crane", "gamma", "delta", "omega" and "sigma"; the ones to be
    // edited drop an anchor, which their edits replace with a keel; lengths vary so that BM25's norms do.
    private static Article Make(int i, bool edited) =>
        HarbourArticles.Make(i, edited, edited ? " The keel was laid again, and the crew cheered it on." : i % 500 == 250 ? " An anchor dropped." : "");
}
