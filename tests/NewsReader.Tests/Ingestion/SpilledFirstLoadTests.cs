using NewsReader.Ingestion;
using NewsReader.Persistence;
using NewsReader.Search;
using NewsReader.Tests.TestData;

namespace NewsReader.Tests.Ingestion;

/// <summary>
/// A first load of many files keeps its bodies and postings off the heap until the store is
/// saved, and publishes, searches and restarts as a load on the heap does; a reload of a few files
/// parses onto the heap.
/// </summary>
public sealed class SpilledFirstLoadTests
{
    private const int Files = SeedFolderLoader.SpillBodiesFrom + 4;

    [Fact]
    public async Task FirstLoad_ManyFiles_ReadsBodiesFromTheScratchFileAndRestartsFromTheStore()
    {
        using var seeds = new TempFolder();
        for (var i = 0; i < Files; i++)
        {
            seeds.Write($"story-{i:D5}.txt", $"Story number {i}\n\nThe harbour crane {i} was lifted.\n\nA second paragraph for story {i}.");
        }

        // Both count their parses: a parser stand-in is part of what a store is written under.
        using (var first = new TestIngestor(seeds.Path, countParses: true))
        {
            var snapshot = await first.Ingestor.IngestAsync(CancellationToken.None);
            await first.Ingestor.FirstLoadSettled.WaitAsync(TimeSpan.FromSeconds(60));

            Assert.Equal(Files, snapshot.Articles.Length);
            Assert.All(snapshot.Articles, article => Assert.IsType<StoredArticleBody>(article.StoredBody));
            var story = snapshot.Articles.Single(article => article.SourceFile == "story-00042.txt");
            Assert.Equal(["The harbour crane 42 was lifted.", "A second paragraph for story 42."], story.Body.Select(block => block.Text));
            Assert.Equal(SearchIndexOrigin.Built, snapshot.SearchIndex.Origin);
            Assert.Equal("story-00042.txt", Assert.Single(snapshot.SearchIndex.Search("\"crane 42 was\"", 1, 5).Hits).Article.SourceFile);
            Assert.Empty(Directory.GetFiles(first.Options.Value.ResolvedCachePath, "*.scratch"));

            // A reload of one changed file parses it onto the heap.
            seeds.Write("story-00007.txt", "Story seven, again\n\nThe crane came down.");
            var reloaded = await first.Ingestor.IngestAsync(CancellationToken.None);
            Assert.Null(reloaded.Articles.Single(article => article.SourceFile == "story-00007.txt").StoredBody);
            await first.Ingestor.Store!.Idle.WaitAsync(TimeSpan.FromSeconds(60));
        }

        using var restarted = new TestIngestor(seeds.Path, countParses: true);
        var restored = await restarted.Ingestor.IngestAsync(CancellationToken.None);
        Assert.Equal(0, restarted.Parses);
        Assert.Equal("The harbour crane 42 was lifted.", restored.Articles.Single(article => article.SourceFile == "story-00042.txt").Body[0].Text);
    }
}
