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

    private static readonly Lazy<SearchIndex> Previous = new(() => SearchIndex.Build(Before));

    private static readonly Lazy<SearchIndex> Updated = new(() => SearchIndex.Update(Previous.Value.Reusable, After));

    private static bool IsChanged(string id) => Convert.ToInt32(id, 16) is >= 5000 and < 5005;

    // Every article has "harbour", "crane", "gamma", "delta", "omega" and "sigma"; the new ones a
    // lighthouse keeper, the changed ones a keel; lengths vary so that BM25's norms do.
    private static Article Make(int i, bool changed)
    {
        var gamma = i % 7 == 0 ? "The gamma delta line opened." : "The gamma line met the delta road.";
        var harbour = i % 3 == 0 ? "The harbour crane stood tall." : "The harbour had a crane.";
        var news = i >= Count ? " The lighthouse keeper waved." : changed ? " The keel was laid again." : "";
        var filler = string.Join(' ', Enumerable.Repeat("word", i % 11));
        var article = ArticleFactory.WithBody($"{i:x16}", $"Story {i}", $"{gamma} An omega and a sigma. {filler}{news}", harbour);
        return article with { SourceHash = ((ulong)i * 7919) + (changed ? 1UL : 2UL) };
    }
}
