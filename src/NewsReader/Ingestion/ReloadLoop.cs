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

    /// <summary>How long the folder must stay unchanged after edits before <see cref="QuietAfterEdits"/> is raised.</summary>
    internal TimeSpan QuietBeforeTrim { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>
    /// Raised once the folder has stayed unchanged for a while after edits. Each reload left the
    /// previous snapshot and its search index behind as garbage; the host may give that memory
    /// back (a compacting collection is process-wide, so the core never starts one itself).
    /// Handlers run on the loop's thread and must not throw.
    /// </summary>
    public event Action? QuietAfterEdits;

    public async Task RunAsync(CancellationToken stoppingToken)
    {
        var seeds = options.Value;
        if (sync is not null)
        {
            await sync.FirstSync.WaitAsync(stoppingToken).ConfigureAwait(false);
        }

        using var watcher = new SeedsWatcher(seeds.Path, seeds.WatchForChanges, logger);
        using var syncChanges = sync?.OnFilesChanged(watcher.Notify);
        await ReloadAsync(stoppingToken).ConfigureAwait(false);

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
