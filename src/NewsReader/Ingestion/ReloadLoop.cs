using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace NewsReader.Ingestion;

/// <summary>
/// Keeps the published articles in step with the seeds folder: the first load, then a reload a
/// moment after files change (debounced, so a burst of saves costs one reload) and a full
/// rescan at a fixed interval. A failed reload is logged and the previous snapshot stays. When
/// the folder mirrors a bucket (<see cref="SeedsSync"/>), the first load waits for the first copy
/// and each copy that changed files counts as a file event.
/// </summary>
public sealed partial class ReloadLoop(
    ArticleIngestor ingestor,
    IOptions<SeedsOptions> options,
    TimeProvider timeProvider,
    ILogger<ReloadLoop> logger,
    SeedsSync? sync = null)
{
    /// <summary>However busy the folder, a change is published within this time.</summary>
    private static readonly TimeSpan MaxDelay = TimeSpan.FromMilliseconds(1200);

    // The first load when the host begins it early (BeginFirstLoad), until RunAsync takes it.
    private readonly Lock _firstLoadGate = new();
    private Task<SeedsWatcher>? _firstLoad;
    private bool _firstLoadClaimed;

    /// <summary>How long the folder must stay unchanged after edits before <see cref="QuietAfterEdits"/> is raised.</summary>
    internal TimeSpan QuietBeforeTrim { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>
    /// Raised once the folder has stayed unchanged for a while after edits. Each reload left the
    /// previous snapshot and its search index behind as garbage; the host may give that memory
    /// back (a compacting collection is process-wide, so the core never starts one itself).
    /// Handlers run on the loop's thread and must not throw.
    /// </summary>
    public event Action? QuietAfterEdits;

    /// <summary>
    /// Begins the first load now, on the thread pool, for <see cref="RunAsync"/> to take over: the
    /// web host calls it as soon as its services are built. Building the pipeline and starting the
    /// server leave one of two cores idle for about a quarter of a second, which the snapshot
    /// store's reading and the folder's scan can use. The watcher starts before the scan, so no
    /// change made during the load is missed. Does nothing once the loop runs, or while a bucket's
    /// first copy into the folder is still to come (the first load waits for it).
    /// </summary>
    public void BeginFirstLoad(CancellationToken stoppingToken)
    {
        lock (_firstLoadGate)
        {
            if (_firstLoadClaimed || sync is { FirstSync.IsCompleted: false })
            {
                return;
            }

            _firstLoadClaimed = true;
            _firstLoad = Task.Run(
                async () =>
                {
                    var watcher = NewWatcher();
                    await ReloadAsync(stoppingToken).ConfigureAwait(false);
                    return watcher;
                },
                CancellationToken.None);
        }
    }

    public async Task RunAsync(CancellationToken stoppingToken)
    {
        var seeds = options.Value;
        if (sync is not null)
        {
            await sync.FirstSync.WaitAsync(stoppingToken).ConfigureAwait(false);
        }

        var begun = TakeBegunFirstLoad();
        using var watcher = begun is null ? NewWatcher() : await begun.ConfigureAwait(false);
        using var syncChanges = sync?.OnFilesChanged(watcher.Notify);
        if (begun is null)
        {
            await ReloadAsync(stoppingToken).ConfigureAwait(false);
        }

        var rescan = TimeSpan.FromSeconds(seeds.RescanSeconds);
        var debounce = TimeSpan.FromMilliseconds(seeds.ReloadDebounceMilliseconds);
        var trimPending = false;
        while (!stoppingToken.IsCancellationRequested)
        {
            var wait = trimPending ? QuietBeforeTrim : rescan;
            // Files caught mid-write were skipped; they are read again as soon as they may have settled.
            var retry = ingestor.RetryAfter is { } settling && settling < wait ? settling : (TimeSpan?)null;
            if (await WaitForChangeAsync(watcher, retry ?? wait, stoppingToken).ConfigureAwait(false))
            {
                await SettleAsync(watcher, debounce, stoppingToken).ConfigureAwait(false);
                await ReloadAsync(stoppingToken).ConfigureAwait(false);
                trimPending = true;
            }
            else if (retry is not null)
            {
                await ReloadAsync(stoppingToken).ConfigureAwait(false);
                trimPending = true;
            }
            else if (trimPending)
            {
                QuietAfterEdits?.Invoke();
                trimPending = false;
            }
            else
            {
                await ReloadAsync(stoppingToken).ConfigureAwait(false);
            }
        }
    }

    /// <summary>The first load begun early (its watcher once it is done), or null when none was; none can begin after this.</summary>
    private Task<SeedsWatcher>? TakeBegunFirstLoad()
    {
        lock (_firstLoadGate)
        {
            _firstLoadClaimed = true;
            var begun = _firstLoad;
            _firstLoad = null;
            return begun;
        }
    }

    private SeedsWatcher NewWatcher() => new(options.Value.Path, options.Value.WatchForChanges, logger);

    /// <returns>True when a change was signalled, false when the rescan interval passed.</returns>
    private static async Task<bool> WaitForChangeAsync(SeedsWatcher watcher, TimeSpan rescan, CancellationToken stoppingToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
        timeout.CancelAfter(rescan);
        try
        {
            await watcher.Changes.WaitToReadAsync(timeout.Token).ConfigureAwait(false);
            return watcher.Changes.TryRead(out _);
        }
        catch (OperationCanceledException) when (!stoppingToken.IsCancellationRequested)
        {
            return false;
        }
    }

    /// <summary>Waits until the folder has been quiet for <paramref name="debounce"/>, but no longer than <see cref="MaxDelay"/> in all.</summary>
    private async Task SettleAsync(SeedsWatcher watcher, TimeSpan debounce, CancellationToken stoppingToken)
    {
        var started = timeProvider.GetTimestamp();
        do
        {
            await Task.Delay(debounce, timeProvider, stoppingToken).ConfigureAwait(false);
        }
        while (watcher.Changes.TryRead(out _) && timeProvider.GetElapsedTime(started) + debounce < MaxDelay);
    }

    private async Task ReloadAsync(CancellationToken stoppingToken)
    {
        try
        {
            await ingestor.IngestAsync(stoppingToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !stoppingToken.IsCancellationRequested)
        {
            LogReloadFailed(ex);
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Loading the seeds folder failed; the articles published before, if any, stay published")]
    private partial void LogReloadFailed(Exception exception);
}
