using System.Diagnostics;
using System.Runtime;
using Microsoft.Extensions.Options;
using NewsReader.Ingestion;
using NewsReader.Storage;
using NewsReader.Web.Serving;

namespace NewsReader.Web.Hosting;

/// <summary>Applies <see cref="RuntimeOptions"/> for the app's lifetime: after each publish, as configured.</summary>
public sealed partial class RuntimeSettingsService(
    ArticleRepository repository,
    ReloadLoop reloadLoop,
    ArticleIngestor ingestor,
    PageCache pageCache,
    IOptions<RuntimeOptions> options,
    ILogger<RuntimeSettingsService> logger) : IHostedService
{
    private readonly TaskCompletionSource _stopping = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Completes once the collection after the first load has run (or will not).</summary>
    internal Task FirstLoadCollected { get; private set; } = Task.CompletedTask;

    public Task StartAsync(CancellationToken cancellationToken)
    {
        if (options.Value.CompactLargeObjectHeapAfterReload)
        {
            repository.Published += CompactLargeObjectHeapOnce;
        }

        if (options.Value.CollectWhenEditsGoQuiet)
        {
            reloadLoop.QuietAfterEdits += GiveGarbageBack;
        }

        if (options.Value.CollectAfterFirstLoad)
        {
            FirstLoadCollected = CollectAfterFirstLoadAsync();
        }

        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken)
    {
        repository.Published -= CompactLargeObjectHeapOnce;
        reloadLoop.QuietAfterEdits -= GiveGarbageBack;
        _stopping.TrySetResult();
        return Task.CompletedTask;
    }

    private async Task CollectAfterFirstLoadAsync()
    {
        if (await Task.WhenAny(ingestor.FirstLoadSettled, _stopping.Task).ConfigureAwait(false) != ingestor.FirstLoadSettled)
        {
            return;
        }

        // The page cache moves on to the current snapshot only at the next request; until then it
        // holds the one the saved index replaced, and with it the index built on the heap.
        _ = pageCache.Current;
        var before = Environment.WorkingSet / 1048576;
        var started = Stopwatch.GetTimestamp();
        GiveGarbageBack();
        var pause = (long)Stopwatch.GetElapsedTime(started).TotalMilliseconds;
        var after = Environment.WorkingSet / 1048576;
        LogCollected(logger, before, after, pause);
    }

    private static void GiveGarbageBack() =>
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);

    private static void CompactLargeObjectHeapOnce(ArticleSnapshot snapshot) =>
        GCSettings.LargeObjectHeapCompactionMode = GCLargeObjectHeapCompactionMode.CompactOnce;

    [LoggerMessage(Level = LogLevel.Information, Message = "Gave the first load's working memory back: resident {BeforeMegabytes} MB before, {AfterMegabytes} MB after (a {PauseMilliseconds} ms pause)")]
    private static partial void LogCollected(ILogger logger, long beforeMegabytes, long afterMegabytes, long pauseMilliseconds);
}
