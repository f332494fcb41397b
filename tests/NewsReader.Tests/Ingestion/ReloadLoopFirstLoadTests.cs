using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using NewsReader.Ingestion;
using NewsReader.Storage;
using NewsReader.Tests.TestData;

namespace NewsReader.Tests.Ingestion;

/// <summary>The first load begun by the host before the loop runs (ReloadLoop.BeginFirstLoad), against a real folder and watcher.</summary>
public sealed class ReloadLoopFirstLoadTests : IDisposable
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(15);

    private readonly TempFolder _seeds = new();
    private readonly ArticleRepository _repository = new();
    private readonly CancellationTokenSource _stop = new();
    private readonly LoadProgress _progress = new(TimeProvider.System);
    private readonly List<SeedFolderLoader> _loaders = [];
    private readonly List<ArticleIngestor> _ingestors = [];
    private int _loadsStarted;

    public ReloadLoopFirstLoadTests() => _progress.LoadStarted += () => Interlocked.Increment(ref _loadsStarted);

    public void Dispose()
    {
        _stop.Cancel();
        _stop.Dispose();
        _ingestors.ForEach(ingestor => ingestor.Dispose());
        _loaders.ForEach(loader => loader.Dispose());
        _seeds.Dispose();
    }

    [Fact]
    public async Task BeginFirstLoad_PublishesBeforeTheLoopRuns_ThenTheLoopTakesItOverWithItsWatcher()
    {
        _seeds.Write("first.txt", "First headline\n\nBody.");
        var loop = Loop(new SeedsOptions { Path = _seeds.Path, ReloadDebounceMilliseconds = 50, RescanSeconds = 3600, SettleMilliseconds = 0 });

        loop.BeginFirstLoad(_stop.Token);
        var first = await _repository.WaitForAsync(_ => true, _stop.Token).WaitAsync(Patience);
        _ = loop.RunAsync(_stop.Token);
        // Nothing changed: the loop waits for a change instead of loading the folder again.
        await Task.Delay(300);
        var loadsBeforeAChange = Volatile.Read(ref _loadsStarted);
        _seeds.Write("second.txt", "Second headline\n\nBody.");
        var second = await _repository.WaitForAsync(s => s.FindBySlug("second-headline") is not null, _stop.Token).WaitAsync(Patience);

        Assert.NotNull(first.FindBySlug("first-headline"));
        Assert.Equal(1, loadsBeforeAChange);
        Assert.NotNull(second.FindBySlug("first-headline"));
    }

    [Fact]
    public async Task BeginFirstLoad_AfterTheLoopRuns_DoesNothing()
    {
        _seeds.Write("first.txt", "First headline\n\nBody.");
        var loop = Loop(new SeedsOptions { Path = _seeds.Path, ReloadDebounceMilliseconds = 50, RescanSeconds = 3600, SettleMilliseconds = 0 });
        _ = loop.RunAsync(_stop.Token);
        await _repository.WaitForAsync(_ => true, _stop.Token).WaitAsync(Patience);

        loop.BeginFirstLoad(_stop.Token);
        await Task.Delay(300);

        Assert.Equal(1, Volatile.Read(ref _loadsStarted));
    }

    [Fact]
    public async Task BeginFirstLoad_BucketNotCopiedYet_WaitsForTheFirstCopy()
    {
        var options = new SeedsOptions { Path = _seeds.Path, Source = SeedsOptions.SourceS3, WatchForChanges = false, RescanSeconds = 3600, SettleMilliseconds = 0 };
        var sync = new SeedsSync(Options.Create(options));
        var loop = Loop(options, sync);

        loop.BeginFirstLoad(_stop.Token);
        await Task.Delay(300);
        Assert.Equal(0, Volatile.Read(ref _loadsStarted));

        _seeds.Write("story.txt", "Copied headline\n\nBody.");
        sync.Finished(filesChanged: true);
        _ = loop.RunAsync(_stop.Token);
        var first = await _repository.WaitForAsync(_ => true, _stop.Token).WaitAsync(Patience);

        Assert.NotNull(first.FindBySlug("copied-headline"));
    }

    private ReloadLoop Loop(SeedsOptions seeds, SeedsSync? sync = null)
    {
        var options = Options.Create(seeds);
        var loader = new SeedFolderLoader(options, TimeProvider.System, NullLogger<SeedFolderLoader>.Instance);
        var ingestor = new ArticleIngestor(loader, _repository, options, TimeProvider.System, NullLoggerFactory.Instance, _progress);
        _loaders.Add(loader);
        _ingestors.Add(ingestor);
        return new ReloadLoop(ingestor, options, TimeProvider.System, NullLogger<ReloadLoop>.Instance, sync);
    }
}
