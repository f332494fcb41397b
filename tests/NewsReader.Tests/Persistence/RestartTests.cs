using System.Buffers.Binary;
using NewsReader.Ingestion;
using NewsReader.Persistence;
using NewsReader.Search;
using NewsReader.Storage;
using NewsReader.Tests.TestData;

namespace NewsReader.Tests.Persistence;

/// <summary>
/// Starts of the app's ingestion, one after another over the same seeds folder, as restarts are:
/// the snapshot store spares parsing what did not change, and whatever happened while the app was
/// down (or to the store) the articles published are the folder's.
/// </summary>
public sealed class RestartTests : IDisposable
{
    private readonly TempFolder _seeds = new();

    public RestartTests()
    {
        _seeds.Write("a.txt", "Harbour crane returns to work\n\nThe crane was repaired over the winter.");
        _seeds.Write("b.txt", "Ferry adds a Sunday crossing\n\nThe timetable changes in March.");
        _seeds.Write("world/c.txt", "Winter market draws crowds\n\nStalls stayed open late.");
    }

    public void Dispose() => _seeds.Dispose();

    private static IEnumerable<string> Topics(ArticleSnapshot snapshot) =>
        snapshot.Topics.All.Select(t => $"{t.Name}|{t.Slug}|{t.Kind}|{string.Join(",", t.Articles.Select(a => a.SourceFile))}");

    private string StorePath => Path.Join(_seeds.Path, ".newsreader", "cache", SnapshotStore.FileName);

    [Fact]
    public async Task Restart_NothingChanged_ParsesNoFile()
    {
        var first = await StartAsync();

        var second = await StartAsync();

        Assert.Equal(3, first.Parses);
        Assert.Equal(0, second.Parses);
        Assert.Equal(Headlines(first.Snapshot), Headlines(second.Snapshot));
        Assert.Equal("The crane was repaired over the winter.", second.Snapshot.Articles.Single(a => a.SourceFile == "a.txt").BodyText);
    }

    [Fact]
    public async Task Restart_NothingChanged_MapsTheSavedIndexInsteadOfBuildingIt()
    {
        var first = await StartAsync();

        var second = await StartAsync();

        Assert.False(first.Snapshot.SearchIndexRestored);
        // Built on the heap at the cold start, then mapped from the store once saved.
        Assert.Equal(SearchIndexOrigin.Mapped, first.Published.SearchIndex.Origin);
        Assert.True(second.Snapshot.SearchIndexRestored);
        Assert.Equal("a.txt", second.Snapshot.SearchIndex.Search("repaired crane", 1, 10).Hits.Single().Article.SourceFile);
    }

    [Fact]
    public async Task Restart_NothingChanged_PublishesTheTopicsAsSettledBefore()
    {
        WriteArticlesNamingPeople();
        var first = await StartAsync();

        var second = await StartAsync();

        Assert.Contains(first.Snapshot.Topics.All, topic => topic.Name == "Tony Blair" && topic.Articles.Length == 2);
        Assert.Equal(Topics(first.Snapshot), Topics(second.Snapshot));
        Assert.Equal(first.Snapshot.Articles.Select(a => string.Join("|", a.Topics)), second.Snapshot.Articles.Select(a => string.Join("|", a.Topics)));
        Assert.Equal(first.Snapshot.Topics.Now.Select(t => t.Slug), second.Snapshot.Topics.Now.Select(t => t.Slug));
    }

    [Fact]
    public async Task Restart_NothingChanged_PublishesTheSamePermalinksAndCopies()
    {
        // A copy of a.txt, and another article under b.txt's headline: both are planned again.
        _seeds.Write("z-copy.txt", "Harbour crane returns to work\n\nThe crane was repaired over the winter.");
        _seeds.Write("world/d.txt", "Ferry adds a Sunday crossing\n\nA second operator runs it.");
        var first = await StartAsync();

        var second = await StartAsync();

        Assert.Equal(Permalinks(first.Snapshot), Permalinks(second.Snapshot));
        Assert.Equal(first.Snapshot.Articles.Select(a => a.SourceFile), second.Snapshot.Articles.Select(a => a.SourceFile));
        Assert.Equal(new DuplicateFile("z-copy.txt", "a.txt"), Assert.Single(second.Snapshot.Duplicates));
        Assert.StartsWith("ferry-adds-a-sunday-crossing-", second.Snapshot.Articles.Single(a => a.SourceFile == "world/d.txt").Slug, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Restart_NothingChanged_ThenAFileChanges_TheReloadParsesOnlyThatFile()
    {
        await StartAsync();
        using var app = new TestIngestor(_seeds.Path, countParses: true);
        await app.Ingestor.IngestAsync(CancellationToken.None);

        // The restart matched the stored files by position; the reload after it looks them up by path.
        _seeds.Write("b.txt", "Ferry adds a Monday crossing\n\nThe timetable changes in April.");
        File.SetLastWriteTimeUtc(Path.Join(_seeds.Path, "b.txt"), DateTime.UtcNow.AddMinutes(1));
        var reloaded = await app.Ingestor.IngestAsync(CancellationToken.None);

        Assert.Equal(1, app.Parses);
        Assert.Equal(["Ferry adds a Monday crossing", "Harbour crane returns to work", "Winter market draws crowds"], Headlines(reloaded));
    }

    [Fact]
    public async Task Restart_FileChangedWhileDown_UpdatesTheIndexThenMapsItOnceSaved()
    {
        await StartAsync();
        _seeds.Write("b.txt", "Ferry adds Saturday and Sunday crossings\n\nThe timetable changes in April.");

        var second = await StartAsync();
        var third = await StartAsync();

        Assert.Equal(SearchIndexOrigin.Updated, second.Snapshot.SearchIndex.Origin);
        Assert.Equal(second.Snapshot.Articles.Length - 1, second.Snapshot.SearchIndex.ReusedArticles);
        Assert.Equal("b.txt", second.Snapshot.SearchIndex.Search("saturday", 1, 10).Hits.Single().Article.SourceFile);
        // Once saved, the same articles are published again over the saved index, mapped.
        Assert.Equal(SearchIndexOrigin.Mapped, second.Published.SearchIndex.Origin);
        Assert.Equal(second.Snapshot.Articles, second.Published.Articles);
        Assert.Equal("b.txt", second.Published.SearchIndex.Search("saturday", 1, 10).Hits.Single().Article.SourceFile);
        Assert.True(third.Snapshot.SearchIndexRestored);
        Assert.Equal("b.txt", third.Snapshot.SearchIndex.Search("saturday", 1, 10).Hits.Single().Article.SourceFile);
    }

    [Fact]
    public async Task Restart_FileChangedWhileDown_SettlesTheTopicsAsAColdStartWould()
    {
        WriteArticlesNamingPeople();
        await StartAsync();
        // The unchanged articles come back from the store with their candidates left in it, and
        // the change makes every article's topics settle again from them.
        _seeds.Write("b.txt", "Gordon Brown takes the ferry\n\nGordon Brown crossed to the island on Sunday.");

        var restarted = await StartAsync();
        Directory.Delete(Path.GetDirectoryName(StorePath)!, recursive: true);
        var cold = await StartAsync();

        Assert.Equal(5, cold.Parses);
        Assert.Contains(restarted.Snapshot.Topics.All, topic => topic.Name == "Gordon Brown" && topic.Articles.Length == 2);
        Assert.Equal(Topics(cold.Snapshot), Topics(restarted.Snapshot));
        Assert.Equal(cold.Snapshot.Articles.Select(a => string.Join("|", a.Topics)), restarted.Snapshot.Articles.Select(a => string.Join("|", a.Topics)));
    }

    [Fact]
    public async Task Restart_FileChangedWhileDown_ParsesOnlyThatFile()
    {
        await StartAsync();
        _seeds.Write("b.txt", "Ferry adds Saturday and Sunday crossings\n\nThe timetable changes in April.");

        var second = await StartAsync();

        Assert.Equal(1, second.Parses);
        Assert.Contains("Ferry adds Saturday and Sunday crossings", Headlines(second.Snapshot));
        Assert.DoesNotContain("Ferry adds a Sunday crossing", Headlines(second.Snapshot));
    }

    [Fact]
    public async Task Restart_FileAddedWhileDown_ParsesOnlyThatFile()
    {
        await StartAsync();
        _seeds.Write("d.txt", "Library extends its hours\n\nIt opens on Mondays now.");

        var second = await StartAsync();

        Assert.Equal(1, second.Parses);
        Assert.Equal(4, second.Snapshot.Articles.Length);
    }

    [Fact]
    public async Task Restart_FileRemovedWhileDown_ItsArticleIsGone()
    {
        var first = await StartAsync();
        var removed = first.Snapshot.Articles.Single(a => a.SourceFile == "world/c.txt");
        File.Delete(Path.Join(_seeds.Path, "world", "c.txt"));

        var second = await StartAsync();

        Assert.Equal(0, second.Parses);
        Assert.Equal(2, second.Snapshot.Articles.Length);
        Assert.Equal(PermalinkStatus.Gone, second.Snapshot.ResolveSlug(removed.Slug).Status);
    }

    [Fact]
    public async Task Restart_SeedsFolderMovedElsewhere_KnowsTheFilesByTheirContent()
    {
        await StartAsync();
        using var moved = new TempFolder();
        foreach (var file in Directory.EnumerateFiles(_seeds.Path, "*", SearchOption.AllDirectories))
        {
            var target = Path.Join(moved.Path, Path.GetRelativePath(_seeds.Path, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
            // A copy is a new file: its time is not the original's.
            File.SetLastWriteTimeUtc(target, DateTime.UtcNow.AddMinutes(5));
        }

        var second = await StartAsync(moved.Path);

        Assert.Equal(0, second.Parses);
        Assert.Equal(3, second.Snapshot.Articles.Length);
    }

    [Theory]
    [InlineData("truncated")]
    [InlineData("byte flipped")]
    [InlineData("older version")]
    public async Task Restart_StoreDamaged_ParsesEveryFileAndWritesAGoodStoreAgain(string damage)
    {
        var first = await StartAsync();
        Damage(damage);

        var second = await StartAsync();
        var third = await StartAsync();

        Assert.Equal(3, second.Parses);
        Assert.Equal(Headlines(first.Snapshot), Headlines(second.Snapshot));
        Assert.Equal(0, third.Parses);
    }

    [Fact]
    public async Task Restart_RejectedFile_IsRememberedNotParsedAgain()
    {
        _seeds.Write("empty.txt", "");
        var first = await StartAsync();

        var second = await StartAsync();

        Assert.Equal(0, second.Parses);
        Assert.Equal(first.Snapshot.Rejected.Single(), second.Snapshot.Rejected.Single());
    }

    [Fact]
    public async Task Restart_StoreTurnedOff_ParsesEveryFileAndWritesNoStore()
    {
        await StartAsync(keepSnapshot: false);

        var second = await StartAsync(keepSnapshot: false);

        Assert.Equal(3, second.Parses);
        Assert.False(File.Exists(StorePath));
    }

    /// <summary>Two more articles naming the same people, so that the corpus settles topics with two articles each.</summary>
    private void WriteArticlesNamingPeople()
    {
        _seeds.Write("d.txt", "Gordon Brown meets Tony Blair\n\nGordon Brown and Tony Blair met in London on Monday.");
        _seeds.Write("e.txt", "Tony Blair visits Washington\n\nTony Blair flew to Washington from London.");
    }

    private void Damage(string damage)
    {
        var bytes = File.ReadAllBytes(StorePath);
        switch (damage)
        {
            case "truncated":
                bytes = bytes[..^20];
                break;
            case "byte flipped":
                bytes[bytes.Length / 2] ^= 0x01;
                break;
            default:
                BinaryPrimitives.WriteInt32LittleEndian(bytes.AsSpan(8), StoreLayout.Version - 1);
                break;
        }

        File.WriteAllBytes(StorePath, bytes);
    }

    private static string[] Permalinks(ArticleSnapshot snapshot) => [.. snapshot.Articles.Select(a => $"{a.SourceFile} {a.Id} {a.Slug}").Order(StringComparer.Ordinal)];

    private static string[] Headlines(ArticleSnapshot snapshot) => [.. snapshot.Articles.Select(a => a.Headline).Order(StringComparer.Ordinal)];

    /// <returns>The snapshot the start published, what is published once its index is saved (and mapped), and how many files it parsed.</returns>
    private async Task<(ArticleSnapshot Snapshot, int Parses, ArticleSnapshot Published)> StartAsync(string? folder = null, bool keepSnapshot = true)
    {
        using var app = new TestIngestor(folder ?? _seeds.Path, keepSnapshot, countParses: true);
        var snapshot = await app.Ingestor.IngestAsync(CancellationToken.None);
        await (app.Ingestor.Store?.Idle ?? Task.CompletedTask);
        await app.Ingestor.IndexMapped;
        return (snapshot, app.Parses, app.Repository.Current);
    }
}
