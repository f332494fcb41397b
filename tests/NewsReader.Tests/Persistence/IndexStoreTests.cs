using System.Collections.Immutable;
using NewsReader.Articles;
using NewsReader.Files;
using NewsReader.Persistence;
using NewsReader.Search;
using NewsReader.Storage;
using NewsReader.Tests.Search.Relevance;
using NewsReader.Tests.TestData;
using NewsReader.Topics;

namespace NewsReader.Tests.Persistence;

/// <summary>
/// An index mapped back from the store answers exactly as the index it was written from: the same
/// hits in the same order with the same snippets, phrases (word positions) and related reading.
/// The store numbers terms 0, 1, 2… in its own order, unlike this process, so reading it back
/// exercises the mapping of its terms to this process's ids.
/// </summary>
public sealed class IndexStoreTests : IDisposable
{
    private const string Fingerprint = "test build";
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private static readonly string[] QueryWords =
    [
        "interest rates", "\"central bank\"", "astronaut", "宇航员", "宇宙飛行士", "Zins", "négocier", "negociação", "north korea missile", "bank",
    ];

    public static TheoryData<string> Queries() => [.. QueryWords];

    [Theory]
    [MemberData(nameof(Queries))]
    public async Task Read_AfterWrite_SearchesAsTheBuiltIndex(string query)
    {
        var built = RelevanceFixtures.Snapshot;
        var restored = await WriteAndReadAsync(built);

        var (expected, actual) = (built.SearchIndex.Search(query, 1, 20), restored.Search(query, 1, 20));

        Assert.NotEmpty(expected.Hits);
        Assert.Equal(expected.Total, actual.Total);
        Assert.Equal(expected.Hits.Select(h => (h.Article.Id, h.SnippetHtml)), actual.Hits.Select(h => (h.Article.Id, h.SnippetHtml)));
    }

    [Fact]
    public async Task Read_AfterWrite_FindsTheSameRelatedReading()
    {
        var built = RelevanceFixtures.Snapshot;
        var restored = await WriteAndReadAsync(built);

        foreach (var article in built.Articles)
        {
            Assert.Equal(built.SearchIndex.RelatedTo(article, 5).Select(a => a.Id), restored.RelatedTo(article, 5).Select(a => a.Id));
        }
    }

    [Fact]
    public async Task Read_OtherArticlesThanIndexed_TakesTheUnchangedOnesFromIt()
    {
        var built = RelevanceFixtures.Snapshot;
        await IndexStore.WriteAsync(_folder.Path, Fingerprint, built.SearchIndex, Boundary);
        // One article's file changed since the index was saved: it alone is read again.
        var changed = built.Articles.SetItem(0, built.Articles[0] with { ContentHash = "changed", SourceHash = 12345 });

        var (index, problem) = IndexStore.Read(_folder.Path, Fingerprint, changed, null, Boundary);

        Assert.Null(problem);
        Assert.NotNull(index);
        Assert.Equal(SearchIndexOrigin.Updated, index.Origin);
        Assert.Equal(changed.Length - 1, index.ReusedArticles);
        var fresh = SearchIndex.Build(changed);
        foreach (var query in QueryWords)
        {
            var (expected, actual) = (fresh.Search(query, 1, 20), index.Search(query, 1, 20));
            Assert.Equal(expected.Total, actual.Total);
            Assert.Equal(expected.Hits.Select(h => (h.Article.Id, h.SnippetHtml)), actual.Hits.Select(h => (h.Article.Id, h.SnippetHtml)));
        }
    }

    [Fact]
    public async Task Read_ByteFlipped_IsNotUsed()
    {
        var built = RelevanceFixtures.Snapshot;
        await IndexStore.WriteAsync(_folder.Path, Fingerprint, built.SearchIndex, Boundary);
        var path = Path.Join(_folder.Path, IndexStore.FileName);
        var bytes = File.ReadAllBytes(path);
        bytes[^100] ^= 0x04;
        File.WriteAllBytes(path, bytes);

        var (index, problem) = IndexStore.Read(_folder.Path, Fingerprint, built.Articles, null, Boundary);

        Assert.Null(index);
        Assert.Contains("checksum", problem);
    }

    [Fact]
    public async Task Open_ThenRead_MapsTheIndex_OnceOnly()
    {
        var built = RelevanceFixtures.Snapshot;
        await IndexStore.WriteAsync(_folder.Path, Fingerprint, built.SearchIndex, Boundary);

        using var file = IndexStore.Open(_folder.Path, Fingerprint, Boundary);
        var (saved, problem) = IndexStore.Read(file, built.Articles);
        using (saved)
        {
            Assert.Null(problem);
            Assert.True(saved?.IsExact);
            var (index, _) = saved!.Index(built.Articles, null);
            Assert.Equal(SearchIndexOrigin.Mapped, index?.Origin);
            Assert.Equal(built.SearchIndex.Search("bank", 1, 20).Total, index!.Search("bank", 1, 20).Total);
        }

        Assert.Throws<InvalidOperationException>(() => IndexStore.Read(file, built.Articles));
    }

    [Fact]
    public async Task Open_ByteFlippedInTheRecords_ReportsTheChecksum()
    {
        // Opened before it is read, as a start does, so the checksum is read in the background;
        // the flip is in the records (the term list), not in the postings at the end.
        var built = RelevanceFixtures.Snapshot;
        await IndexStore.WriteAsync(_folder.Path, Fingerprint, built.SearchIndex, Boundary);
        var path = Path.Join(_folder.Path, IndexStore.FileName);
        var bytes = File.ReadAllBytes(path);
        bytes[200] ^= 0x04;
        File.WriteAllBytes(path, bytes);

        using var file = IndexStore.Open(_folder.Path, Fingerprint, Boundary);
        var (saved, problem) = IndexStore.Read(file, built.Articles);

        Assert.Null(saved);
        Assert.Equal(StoreFile.ChecksumProblem, problem);
    }

    [Fact]
    public void Open_NoFile_NothingToReadAndNoProblem()
    {
        using var file = IndexStore.Open(_folder.Path, Fingerprint, Boundary);

        Assert.Equal((null, null), IndexStore.Read(file, RelevanceFixtures.Snapshot.Articles));
    }

    [Fact]
    public async Task Read_SavedWithTopics_GivesTheTopicsAsSettled()
    {
        var built = RelevanceFixtures.Snapshot;
        await IndexStore.WriteAsync(_folder.Path, Fingerprint, built.SearchIndex, Boundary, built.Topics);
        // As a start has them: parsed, their topics not yet settled against the corpus.
        var loaded = ImmutableArray.CreateRange(built.Articles, article => article with { Topics = ["Not yet settled"] });

        using var file = IndexStore.Open(_folder.Path, Fingerprint, Boundary);
        using var saved = IndexStore.Read(file, loaded).Saved;
        var topics = saved?.SettledTopics(loaded);

        Assert.NotNull(topics);
        Assert.Equal(built.Topics.Articles.Select(a => (a.Id, string.Join("|", a.Topics))), topics.Articles.Select(a => (a.Id, string.Join("|", a.Topics))));
        Assert.Equal(built.Topics.All.Select(Shown), topics.All.Select(Shown));
        Assert.Equal(built.Topics.Now.Select(t => t.Slug), topics.Now.Select(t => t.Slug));
        // A topic's articles are the settled ones, as the snapshot's list has them.
        Assert.All(topics.All.SelectMany(t => t.Articles), article => Assert.Contains(article, topics.Articles));
    }

    [Fact]
    public async Task Read_OtherArticles_NoSettledTopics()
    {
        var built = RelevanceFixtures.Snapshot;
        await IndexStore.WriteAsync(_folder.Path, Fingerprint, built.SearchIndex, Boundary, built.Topics);
        var changed = built.Articles.SetItem(0, built.Articles[0] with { ContentHash = "changed", SourceHash = 12345 });

        using var file = IndexStore.Open(_folder.Path, Fingerprint, Boundary);
        using var saved = IndexStore.Read(file, changed).Saved;

        Assert.False(saved?.IsExact);
        Assert.Null(saved?.SettledTopics(changed));
    }

    [Fact]
    public async Task Read_SavedWithoutTopics_NoSettledTopicsButTheIndex()
    {
        var built = RelevanceFixtures.Snapshot;
        await IndexStore.WriteAsync(_folder.Path, Fingerprint, built.SearchIndex, Boundary);

        using var file = IndexStore.Open(_folder.Path, Fingerprint, Boundary);
        using var saved = IndexStore.Read(file, built.Articles).Saved;

        Assert.Null(saved?.SettledTopics(built.Articles));
        Assert.Equal(SearchIndexOrigin.Mapped, saved?.Index(built.Articles, null).Index?.Origin);
    }

    private static string Shown(Topic topic) => $"{topic.Name}|{topic.Slug}|{topic.Kind}|{string.Join(",", topic.Articles.Select(a => a.Id))}";

    private SeedsFolderBoundary Boundary => new(_folder.Path);

    private async Task<SearchIndex> WriteAndReadAsync(ArticleSnapshot built)
    {
        await IndexStore.WriteAsync(_folder.Path, Fingerprint, built.SearchIndex, Boundary);
        var (index, problem) = IndexStore.Read(_folder.Path, Fingerprint, built.Articles, slug => built.Topics.Find(slug)?.Articles ?? ImmutableArray<Article>.Empty, Boundary);
        Assert.Null(problem);
        return index!;
    }
}
