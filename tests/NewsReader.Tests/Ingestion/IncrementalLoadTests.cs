using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using NewsReader.Ingestion;
using NewsReader.Tests.TestData;

namespace NewsReader.Tests.Ingestion;

public sealed class IncrementalLoadTests : IDisposable
{
    private readonly TempFolder _seeds = new();
    private readonly SeedFolderLoader _loader;

    public IncrementalLoadTests() =>
        _loader = new SeedFolderLoader(Options.Create(new SeedsOptions { Path = _seeds.Path, SettleMilliseconds = 0 }), TimeProvider.System, NullLogger<SeedFolderLoader>.Instance);

    public void Dispose()
    {
        _loader.Dispose();
        _seeds.Dispose();
    }

    private Task<LoadReport> LoadAsync() => _loader.LoadAsync(_seeds.Path, CancellationToken.None);

    private void Touch(string name, string text)
    {
        var path = _seeds.Write(name, text);
        // Some file systems keep times to the second: make the change visible whatever the clock.
        File.SetLastWriteTimeUtc(path, DateTime.UtcNow.AddMinutes(1));
    }

    [Fact]
    public async Task LoadAsync_SecondTimeWithOneChange_ParsesOnlyThatFile()
    {
        for (var i = 0; i < 20; i++)
        {
            _seeds.Write($"{i:00}.txt", $"Story {i}\n\nBody {i}.");
        }

        var first = await LoadAsync();
        Touch("07.txt", "Story 7 revised\n\nBody 7.");
        var second = await LoadAsync();

        Assert.Equal(20, first.ParsedFiles);
        Assert.Equal(1, second.ParsedFiles);
        Assert.Equal("Story 7 revised", second.Articles.Single(a => a.SourceFile == "07.txt").Headline);
        Assert.Equal(20, second.Articles.Length);
    }

    [Fact]
    public async Task LoadAsync_LinkInsideTheFolder_PublishedAndAnEditOfItsTargetSeen()
    {
        Touch("real/story.txt", "First headline\n\nFirst body.");
        File.CreateSymbolicLink(Path.Combine(_seeds.Path, "alias.txt"), Path.Combine(_seeds.Path, "real", "story.txt"));
        File.CreateSymbolicLink(Path.Combine(_seeds.Path, "nowhere.txt"), Path.Combine(_seeds.Path, "missing.txt"));

        var first = await LoadAsync();
        var path = _seeds.Write("real/story.txt", "Second headline\n\nA second body, longer than the first.");
        File.SetLastWriteTimeUtc(path, DateTime.UtcNow.AddMinutes(2));
        var second = await LoadAsync();

        Assert.Equal("First headline", first.Articles.Single(a => a.SourceFile == "alias.txt").Headline);
        Assert.Equal("Second headline", second.Articles.Single(a => a.SourceFile == "alias.txt").Headline);
        Assert.Contains("could not be read", first.Rejected.Single(r => r.SourceFile == "nowhere.txt").Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task LoadAsync_ScanStartedAhead_TakesItsFiles()
    {
        _seeds.Write("a.txt", "Harbour crane returns\n\nRepaired.");
        _seeds.Write("world/b.txt", "Ferry adds a crossing\n\nOn Sundays.");
        var scanned = _loader.StartScan(_seeds.Path);
        await scanned.Scan;
        // Written after the scan: this load does not see it, as a load does not see a file
        // written after its own scan; the next load does.
        _seeds.Write("c.txt", "Winter market\n\nLate stalls.");

        var first = await _loader.LoadAsync(_seeds.Path, CancellationToken.None, scanned);
        var second = await LoadAsync();

        Assert.Equal(["a.txt", "world/b.txt"], first.Articles.Select(a => a.SourceFile).Order(StringComparer.Ordinal));
        Assert.Equal(3, second.Articles.Length);
        Assert.Equal(1, second.ParsedFiles);
    }

    [Fact]
    public async Task LoadAsync_ScanAheadOfAnotherFolder_ScansItsOwn()
    {
        using var other = new TempFolder();
        other.Write("elsewhere.txt", "Not this folder\n\nAt all.");
        _seeds.Write("a.txt", "Harbour crane returns\n\nRepaired.");

        var report = await _loader.LoadAsync(_seeds.Path, CancellationToken.None, _loader.StartScan(other.Path));

        Assert.Equal("a.txt", Assert.Single(report.Articles).SourceFile);
    }

    [Fact]
    public async Task LoadAsync_FileBreaks_LastGoodKeptAndReportedStale()
    {
        _seeds.Write("story.txt", "Good headline\n\nGood body.");
        await LoadAsync();

        Touch("story.txt", "   ");
        var report = await LoadAsync();

        Assert.Equal("Good headline", Assert.Single(report.Articles).Headline);
        var stale = Assert.Single(report.Stale);
        Assert.Equal("the file contains only whitespace; the previous version stays published", stale.Reason);
        Assert.Empty(report.Rejected);
    }

    [Fact]
    public async Task LoadAsync_NewFileBroken_RejectedNotStale()
    {
        await LoadAsync();
        _seeds.Write("broken.txt", []);

        var report = await LoadAsync();

        Assert.Equal("broken.txt", Assert.Single(report.Rejected).SourceFile);
        Assert.Empty(report.Stale);
    }

    [Fact]
    public async Task LoadAsync_FileDeleted_GoneFromArticlesAndCounted()
    {
        var path = _seeds.Write("story.txt", "Headline\n\nBody.");
        await LoadAsync();

        File.Delete(path);
        var report = await LoadAsync();

        Assert.Empty(report.Articles);
        Assert.Equal(1, report.RemovedFiles);
    }
}
