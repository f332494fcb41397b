using System.Collections.Immutable;
using NewsReader.Articles;
using NewsReader.Files;
using NewsReader.Persistence;
using NewsReader.Search;
using NewsReader.Tests.TestData;

namespace NewsReader.Tests.Persistence;

/// <summary>
/// Chunks an update took whole from a saved index: the update is made from the mapped file, which
/// stays mapped for them once the saved index is let go; and an updated index, its chunks no
/// longer all full, is saved and mapped back as it searches.
/// </summary>
public sealed class IndexStoreChunkTests : IDisposable
{
    private const string Fingerprint = "test build";
    private const int Count = 9000;
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private static readonly string[] Queries = ["harbour crane", "\"gamma delta\"", "lighthouse keeper", "story 8500", "word"];

    private static readonly ImmutableArray<Article> Before = [.. Enumerable.Range(0, Count).Select(Make)];

    // Twenty new articles in front: every document number moves, the chunks behind them stay whole.
    private static readonly ImmutableArray<Article> After = [.. Enumerable.Range(Count, 20).Select(Make), .. Before];

    [Fact]
    public async Task Read_ForArticlesAddedInFront_UpdatesFromTheMappingWhichOutlivesTheSavedIndex()
    {
        await IndexStore.WriteAsync(_folder.Path, Fingerprint, SearchIndex.Build(Before), Boundary);

        // The saved index is disposed as Read returns: had that unmapped the file, searching the
        // chunks taken from it would fault here.
        var (index, problem) = IndexStore.Read(_folder.Path, Fingerprint, After, null, Boundary);

        Assert.Null(problem);
        Assert.Equal(SearchIndexOrigin.Updated, index!.Origin);
        Assert.Equal(Count, index.ReusedArticles);
        AssertSearchesAs(SearchIndex.Build(After), index);
    }

    [Fact]
    public async Task Read_AnUpdatedIndexSaved_MapsItBackAsItSearches()
    {
        var updated = SearchIndex.Update(SearchIndex.Build(Before).Reusable, After);
        Assert.Contains(updated.Chunks, chunk => chunk.DocCount != updated.Chunks[0].DocCount);
        await IndexStore.WriteAsync(_folder.Path, Fingerprint, updated, Boundary);

        var (index, problem) = IndexStore.Read(_folder.Path, Fingerprint, After, null, Boundary);

        Assert.Null(problem);
        Assert.Equal(SearchIndexOrigin.Mapped, index!.Origin);
        Assert.Equal(updated.Chunks.Select(chunk => chunk.Place), index.Chunks.Select(chunk => chunk.Place));
        Assert.Equal(updated.Lengths, index.Lengths);
        AssertSearchesAs(updated, index);
    }

    private static void AssertSearchesAs(SearchIndex expected, SearchIndex actual)
    {
        foreach (var query in Queries)
        {
            var (wanted, found) = (expected.Search(query, 1, 20), actual.Search(query, 1, 20));
            Assert.NotEmpty(wanted.Hits);
            Assert.Equal(wanted.Total, found.Total);
            Assert.Equal(wanted.Hits.Select(h => (h.Article.Id, h.SnippetHtml)), found.Hits.Select(h => (h.Article.Id, h.SnippetHtml)));
        }
    }

    private SeedsFolderBoundary Boundary => new(_folder.Path);

    internal static Article Make(int i)
    {
        var harbour = i % 3 == 0 ? "The harbour crane stood tall." : "The harbour had a crane.";
        var news = i >= Count ? " The lighthouse keeper waved." : "";
        var filler = string.Join(' ', Enumerable.Repeat("word", i % 11));
        var article = ArticleFactory.WithBody($"{i:x16}", $"Story {i}", $"The gamma delta line. {filler}{news}", harbour);
        return article with { SourceHash = ((ulong)i * 7919) + 2 };
    }
}
