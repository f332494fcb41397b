using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using NewsReader.Ingestion;
using NewsReader.Storage;
using NewsReader.Tests.TestData;

namespace NewsReader.Tests.Ingestion;

/// <summary>The loop against a real folder and a real file watcher, its first load begun by the host or by itself; every wait is on a published snapshot.</summary>
public sealed class ReloadLoopTests : IDisposable
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(15);

    private readonly TempFolder _seeds = new();
    private readonly ArticleRepository _repository = new();
    private readonly CancellationTokenSource _stop = new();
    private readonly LoadProgress _progress = new(TimeProvider.System);
    private readonly SeedFolderLoader _loader;
    private readonly ArticleIngestor _ingestor;
    private int _loadsStarted;

    public ReloadLoopTests()
    {
        var options = Options.Create(new SeedsOptions { Path = _seeds.Path, ReloadDebounceMilliseconds = 50, RescanSeconds = 3600, SettleMilliseconds = 0 });
        _loader = new SeedFolderLoader(options, TimeProvider.System, NullLogger<SeedFolderLoader>.Instance);
        _ingestor = new ArticleIngestor(_loader, _repository, options, TimeProvider.System, NullLoggerFactory.Instance, _progress);
        _progress.LoadStarted += () => Interlocked.Increment(ref _loadsStarted);
    }

    public void Dispose()
    {
        _stop.Cancel();
        _stop.Dispose();
        _ingestor.Dispose();
        _loader.Dispose();
        _seeds.Dispose();
    }

    private Task<ArticleSnapshot> StartAsync(SeedsOptions? options = null)
    {
        _ = Loop(options).RunAsync(_stop.Token);
        return _repository.WaitForAsync(_ => true, _stop.Token).WaitAsync(Patience);
    }

    private ReloadLoop Loop(SeedsOptions? options = null, SeedsSync? sync = null) =>
        new(_ingestor, Options.Create(options ?? new SeedsOptions { Path = _seeds.Path, ReloadDebounceMilliseconds = 50, RescanSeconds = 3600, SettleMilliseconds = 0 }), TimeProvider.System, NullLogger<ReloadLoop>.Instance, sync);

    [Fact]
    public async Task RunAsync_EditsThenQuiet_RaisesQuietAfterEditsOnceForTheHost()
    {
        var loop = new ReloadLoop(_ingestor, Options.Create(new SeedsOptions { Path = _seeds.Path, ReloadDebounceMilliseconds = 50, RescanSeconds = 3600, SettleMilliseconds = 0 }), TimeProvider.System, NullLogger<ReloadLoop>.Instance)
        {
            QuietBeforeTrim = TimeSpan.FromMilliseconds(200),
        };
        var raised = 0;
        var quiet = new TaskCompletionSource();
        loop.QuietAfterEdits += () =>
        {
            Interlocked.Increment(ref raised);
            quiet.TrySetResult();
        };
        _ = loop.RunAsync(_stop.Token);
        await _repository.WaitForAsync(_ => true, _stop.Token).WaitAsync(Patience);
        Assert.Equal(0, raised);

        _seeds.Write("story.txt", "Edited headline\n\nBody.");
        await _repository.WaitForAsync(s => s.FindBySlug("edited-headline") is not null, _stop.Token).WaitAsync(Patience);
        await quiet.Task.WaitAsync(Patience);

        Assert.Equal(1, Volatile.Read(ref raised));
    }

    [Fact]
    public async Task RunAsync_FileAddedChangedAndDeleted_EachPublished()
    {
        await StartAsync();

        var path = _seeds.Write("story.txt", "First headline\n\nBody.");
        await _repository.WaitForAsync(s => s.FindBySlug("first-headline") is not null, _stop.Token).WaitAsync(Patience);

        _seeds.Write("story.txt", "Second headline\n\nBody.");
        await _repository.WaitForAsync(s => s.FindBySlug("second-headline") is not null, _stop.Token).WaitAsync(Patience);

        File.Delete(path);
        var snapshot = await _repository.WaitForAsync(s => s.Articles.IsEmpty, _stop.Token).WaitAsync(Patience);

        Assert.Equal(PermalinkStatus.Gone, snapshot.ResolveSlug("second-headline").Status);
    }

    [Fact]
    public async Task RunAsync_NoWatcherEvents_PeriodicRescanStillFindsChanges()
    {
        // As on a network share, where no events arrive: only the rescan can find the file.
        await StartAsync(new SeedsOptions { Path = _seeds.Path, WatchForChanges = false, RescanSeconds = 1, SettleMilliseconds = 0 });
        var before = _repository.Current;

        _seeds.Write("late.txt", "Late headline\n\nBody.");
        var snapshot = await _repository.WaitForAsync(s => s.FindBySlug("late-headline") is not null, _stop.Token).WaitAsync(Patience);

        Assert.NotSame(before, snapshot);
    }

    [Fact]
    public async Task IngestAsync_NothingChanged_KeepsTheSameSnapshot()
    {
        _seeds.Write("story.txt", "First headline\n\nBody.");
        await _ingestor.IngestAsync(_stop.Token);
        // The first load's snapshot is published again over its saved index once that is written.
        await _ingestor.IndexMapped;
        var first = _repository.Current;

        var second = await _ingestor.IngestAsync(_stop.Token);
        _seeds.Write("other.txt", "Other headline\n\nBody.");
        var third = await _ingestor.IngestAsync(_stop.Token);

        Assert.Same(first, second);
        Assert.NotSame(second, third);
        Assert.NotNull(third.FindBySlug("other-headline"));
    }

    // The first load begun by the host before the loop runs (BeginFirstLoad).
    [Fact]
    public async Task BeginFirstLoad_PublishesBeforeTheLoopRuns_ThenTheLoopTakesItOverWithItsWatcher()
    {
        _seeds.Write("first.txt", "First headline\n\nBody.");
        var loop = Loop();

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
        var loop = Loop();
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

    [Fact]
    public async Task WaitForAsync_ConditionAlreadyTrue_ReturnsAtOnce()
    {
        _repository.Publish(ArticleSnapshot.Create([ArticleFactory.Make("a.txt", "A")], []));

        var snapshot = await _repository.WaitForAsync(s => s.Articles.Length == 1, CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(1));

        Assert.Single(snapshot.Articles);
    }
}
