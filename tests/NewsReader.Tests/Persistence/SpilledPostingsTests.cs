using System.Collections.Immutable;
using Microsoft.Extensions.Logging.Abstractions;
using NewsReader.Articles;
using NewsReader.Files;
using NewsReader.Ingestion;
using NewsReader.Persistence;
using NewsReader.Search;
using NewsReader.Tests.TestData;

namespace NewsReader.Tests.Persistence;

/// <summary>
/// A first build's postings moved off the heap as each chunk is grouped: the index searches and
/// weighs exactly as one built on the heap, reads them from the spill file's mappings after the
/// file is gone, and keeps them on the heap when the file cannot be written.
/// </summary>
public sealed class SpilledPostingsTests : IDisposable
{
    // Three chunks: the workers group (and spill) more than one each.
    private static readonly ImmutableArray<Article> Articles = [.. Enumerable.Range(0, (2 * SearchIndexBuilder.ChunkSize) + 500).Select(IndexStoreChunkTests.Make)];
    private static readonly string[] Queries = ["harbour crane", "\"gamma delta\"", "story 8500", "word"];
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Build_WithASpill_HoldsTheSamePostingsAndSearchesTheSame()
    {
        var onHeap = SearchIndex.Build(Articles);
        var (spill, problem) = SpilledPostings.Create(_folder.Path, Boundary);
        Assert.Null(problem);

        SearchIndex spilled;
        using (spill)
        {
            spilled = SearchIndex.Build(Articles, null, spill);
            Assert.Null(spill!.Problem);
            Assert.True(spill.Bytes > spilled.Chunks.Sum(chunk => chunk.Bytes.Length));
        }

        // Out of the folder from the start, so a killed process leaves nothing: its mappings hold every posting.
        Assert.Empty(Directory.GetFiles(_folder.Path));
        Assert.Equal(onHeap.Chunks.Count, spilled.Chunks.Count);
        for (var c = 0; c < onHeap.Chunks.Count; c++)
        {
            var (expected, actual) = (onHeap.Chunks[c], spilled.Chunks[c]);
            Assert.Equal(expected.Terms, actual.Terms);
            Assert.Equal(expected.RunStarts, actual.RunStarts);
            Assert.True(expected.Docs.SequenceEqual(actual.Docs));
            Assert.True(expected.Weights.SequenceEqual(actual.Weights));
            Assert.True(expected.Frequencies.SequenceEqual(actual.Frequencies));
            Assert.True(expected.ByteStarts.SequenceEqual(actual.ByteStarts));
            Assert.True(expected.Bytes.SequenceEqual(actual.Bytes));
        }

        foreach (var query in Queries)
        {
            var (wanted, found) = (onHeap.Search(query, 1, 20), spilled.Search(query, 1, 20));
            Assert.NotEmpty(wanted.Hits);
            Assert.Equal(wanted.Total, found.Total);
            Assert.Equal(wanted.Hits.Select(h => (h.Article.Id, h.SnippetHtml)), found.Hits.Select(h => (h.Article.Id, h.SnippetHtml)));
        }
    }

    [Fact]
    public void Build_ASpillThatKeepsChunksOnTheHeap_SearchesTheSame()
    {
        // Each chunk is grouped into its worker's scratch, which the next chunk overwrites: a spill
        // that cannot move one must hand back a copy (as SpilledPostings does on a write error).
        var onHeap = SearchIndex.Build(Articles);

        var kept = SearchIndex.Build(Articles, null, new CopyingSpill());

        foreach (var query in Queries)
        {
            Assert.Equal(onHeap.Search(query, 1, 20).Hits.Select(h => h.Article.Id), kept.Search(query, 1, 20).Hits.Select(h => h.Article.Id));
        }

        Assert.True(onHeap.Chunks[0].Weights.SequenceEqual(kept.Chunks[0].Weights));
    }

    [Fact]
    public void SavedIndexReader_NothingSaved_BuildsALargeIndexSpilledAndLeavesASmallOneToTheCaller()
    {
        var large = Read(Articles);
        var small = Read([.. Articles.Take(10)]);

        Assert.NotNull(large);
        Assert.Equal(SearchIndexOrigin.Built, large.Origin);
        Assert.Equal(Articles.Length, large.Articles.Length);
        Assert.NotEmpty(large.Search("harbour crane", 1, 5).Hits);
        Assert.Null(small);
        Assert.Empty(Directory.GetFiles(_folder.Path, ".postings.*"));
    }

    private SearchIndex? Read(ImmutableArray<Article> articles)
    {
        using var reader = new SavedIndexReader(IndexStore.Open(_folder.Path, "test build", Boundary), _folder.Path, Boundary, TimeProvider.System, NullLogger.Instance);
        return reader.Index(articles, _ => []);
    }

    private SeedsFolderBoundary Boundary => new(_folder.Path);

    private sealed class CopyingSpill : ChunkSpill
    {
        public override ChunkPostings Spill(ChunkPostings grouped) => grouped.Copied();
    }
}
