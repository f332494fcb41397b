using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using NewsReader.Ingestion;
using NewsReader.Storage;
using NewsReader.Tests.TestData;

namespace NewsReader.Tests.Ingestion;

/// <summary>The loop with a bucket's mirror filling the folder: it waits for the first copy and reloads after each copy that changed files.</summary>
public sealed class ReloadLoopSyncTests : IDisposable
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(15);

    private readonly TempFolder _seeds = new();
    private readonly ArticleRepository _repository = new();
    private readonly CancellationTokenSource _stop = new();
    private readonly IOptions<SeedsOptions> _options;
    private readonly SeedFolderLoader _loader;
    private readonly ArticleIngestor _ingestor;
    private readonly SeedsSync _sync;

    public ReloadLoopSyncTests()
    {
        // No file events and a rescan an hour away: only the mirror's signal can bring a change in.
        _options = Options.Create(new SeedsOptions
        {
            Path = _seeds.Path,
            Source = SeedsOptions.SourceS3,
            WatchForChanges = false,
            RescanSeconds = 3600,
            ReloadDebounceMilliseconds = 50,
            SettleMilliseconds = 0,
        });
        _loader = new SeedFolderLoader(_options, TimeProvider.System, NullLogger<SeedFolderLoader>.Instance);
        _ingestor = new ArticleIngestor(_loader, _repository, _options, TimeProvider.System, NullLoggerFactory.Instance);
        _sync = new SeedsSync(_options);
        _ = new ReloadLoop(_ingestor, _options, TimeProvider.System, NullLogger<ReloadLoop>.Instance, _sync).RunAsync(_stop.Token);
    }

    public void Dispose()
    {
        _stop.Cancel();
        _stop.Dispose();
        _ingestor.Dispose();
        _loader.Dispose();
        _seeds.Dispose();
    }

    [Fact]
    public async Task RunAsync_BeforeTheFirstCopy_PublishesNothingThenTheCopiedFiles()
    {
        await Task.Delay(300);
        Assert.False(_repository.IsLoaded);

        _seeds.Write("story.txt", "Copied headline\n\nBody.");
        _sync.Finished(filesChanged: true);

        var first = await _repository.WaitForAsync(_ => true, _stop.Token).WaitAsync(Patience);
        Assert.NotNull(first.FindBySlug("copied-headline"));
    }

    [Fact]
    public async Task RunAsync_CopyChangedFilesWithoutFileEvents_Reloads()
    {
        _sync.Finished(filesChanged: false);
        await _repository.WaitForAsync(_ => true, _stop.Token).WaitAsync(Patience);

        _seeds.Write("story.txt", "Later headline\n\nBody.");
        _sync.Finished(filesChanged: true);

        await _repository.WaitForAsync(s => s.FindBySlug("later-headline") is not null, _stop.Token).WaitAsync(Patience);
    }

    [Fact]
    public void FirstSync_FolderSource_AlreadyComplete()
    {
        Assert.True(new SeedsSync(Options.Create(new SeedsOptions())).FirstSync.IsCompleted);
    }
}
