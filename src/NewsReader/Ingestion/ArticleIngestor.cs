using System.Collections.Immutable;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using NewsReader.Articles;
using NewsReader.Files;
using NewsReader.Persistence;
using NewsReader.Search;
using NewsReader.Storage;

namespace NewsReader.Ingestion;

/// <summary>
/// One ingestion: read what changed in the seeds folder, assign permalinks with the history's
/// help, publish the new snapshot in one swap, and remember new permalinks and deleted articles.
/// Runs off the request path; readers keep serving the previous snapshot meanwhile. The first
/// ingestion starts from the snapshot store, and every one that changed something saves it.
/// </summary>
public sealed partial class ArticleIngestor(
    SeedFolderLoader loader,
    ArticleRepository repository,
    IOptions<SeedsOptions> options,
    TimeProvider timeProvider,
    ILoggerFactory loggerFactory,
    LoadProgress? progress = null) : IDisposable
{
    private readonly SemaphoreSlim _oneAtATime = new(1, 1);
    private readonly ILogger _logger = loggerFactory.CreateLogger<ArticleIngestor>();

    // The history file is read once; after that its entries and the file grow together, so a
    // reload (several a second while editors save) does not re-read the whole file.
    private PermalinkHistory? _historyFile;
    private GoneList? _gone;
    private Task? _historyRead;
    private SnapshotStoreWriter? _store;
    private readonly TaskCompletionSource _firstLoadSettled = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private bool _storeIsCurrent;

    // The saved index, opened as the first load begins so that its checksum is read while the
    // folder is scanned and permalinks are assigned (single-threaded steps); the first publish reads it.
    private SavedIndexFile? _savedIndex;

    // The articles the store held: before anything is published they are what a file deleted while
    // the app was down is missed from, so its permalink answers 410 Gone as a deletion at run time does.
    private IReadOnlyList<Article> _restored = [];

    /// <summary>The store's writer, once the first ingestion has opened it (null when the store is off).</summary>
    public SnapshotStoreWriter? Store => _store;

    /// <summary>When some files were still being written: the loop reloads after this instead of waiting for the rescan.</summary>
    public TimeSpan? RetryAfter => loader.RetryAfter;

    public async Task<ArticleSnapshot> IngestAsync(CancellationToken cancellationToken)
    {
        await _oneAtATime.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            progress?.Begin();
            var seeds = options.Value;
            SeedFolderLoader.ScanAhead? scanned = null;
            if (_historyFile is null || _gone is null)
            {
                var boundary = new SeedsFolderBoundary(seeds.Path);
                _historyFile = new PermalinkHistory(seeds.ResolvedPermalinkHistoryPath, boundary, loggerFactory.CreateLogger<PermalinkHistory>());
                _gone = new GoneList(seeds.ResolvedGoneListPath, boundary, loggerFactory.CreateLogger<GoneList>());
                // Read beside the store and the folder scan: it waits on the disk while they decode.
                _historyRead = _historyFile.ReadAsync(cancellationToken);
                if (seeds.KeepSnapshot)
                {
                    progress?.EnterPhase(LoadPhase.ReadingStore);
                    scanned = loader.StartScan(seeds.Path);
                    RestoreFromStore(seeds, boundary);
                    progress?.EnterPhase(LoadPhase.Scanning);
                }
            }

            if (_historyFile.Entries is null)
            {
                // Read again only when the first reading was cancelled or failed (a start that gave up).
                await (_historyRead is { IsCanceled: false, IsFaulted: false } reading ? reading : _historyFile.ReadAsync(cancellationToken)).ConfigureAwait(false);
            }

            // A restart's articles are planned while the folder is still being scanned (see PublicationPlan).
            var planned = repository.IsLoaded || _restored.Count == 0 ? null : PlanRestored(_restored, _historyFile.Entries!);
            var report = await loader.LoadAsync(seeds.Path, cancellationToken, scanned).ConfigureAwait(false);
            if (IsUnchanged(report, repository))
            {
                // A periodic rescan that found nothing new: rebuilding the same snapshot would cost
                // a full index build and throw away every page already rendered for it.
                return repository.Current;
            }

            progress?.EnterPhase(LoadPhase.Publishing);
            var context = new SnapshotContext
            {
                Stale = report.Stale,
                Gone = await _gone.UpdateAsync(repository.IsLoaded ? repository.Current.Articles : _restored, report.Articles, cancellationToken).ConfigureAwait(false),
                LoadedAt = timeProvider.GetUtcNow(),
                LoadDuration = report.Elapsed,
                ParsedFiles = report.ParsedFiles,
            };
            var started = timeProvider.GetTimestamp();
            var firstPublish = !repository.IsLoaded;
            using var saved = firstPublish ? OpenSavedIndex() : null;
            ArticleSnapshot.SavedIndex? index = !firstPublish ? UpdateCurrentIndex : saved is null ? null : saved.Index;
            // Only a load that read no file can have found the very articles planned (Create checks).
            var plan = planned is not null && report.ParsedFiles + report.RecognisedFiles + report.RemovedFiles == 0 ? await planned.ConfigureAwait(false) : null;
            var snapshot = ArticleSnapshot.Create(report.Articles, report.Rejected, _historyFile.Entries, context, index, saved is null ? null : saved.Topics, plan);
            repository.Publish(snapshot);
            _restored = [];
            // Readers see the new articles from here on; saving the history after is not loading.
            progress?.End();
            var elapsed = timeProvider.GetElapsedTime(started);
            LogPublished(_logger, snapshot.Articles.Length, (long)elapsed.TotalMilliseconds, (long)snapshot.SearchIndexBuildTime.TotalMilliseconds,
                snapshot.SearchIndex.Origin, snapshot.SearchIndex.ReusedArticles);

            // The plan reads the history, which the append below adds to: it is let finish first.
            await (planned is null ? Task.CompletedTask : ArticleSnapshot.Finished(planned)).ConfigureAwait(false);
            // The history adds the new pairs to its entries (the next snapshot's history) and the file.
            await _historyFile.AppendAsync(snapshot.PermalinksNotIn(_historyFile.Entries ?? ImmutableDictionary<string, string>.Empty), cancellationToken).ConfigureAwait(false);
            await _gone.SaveAsync(cancellationToken).ConfigureAwait(false);
            var filesChanged = !_storeIsCurrent || report.ParsedFiles > 0 || report.RemovedFiles > 0 || report.RecognisedFiles > 0;
            _store?.Save(filesChanged ? loader.KnownFiles() : null, snapshot.SearchIndexRestored ? null : (snapshot.SearchIndex, snapshot.Topics));
            _storeIsCurrent = true;
            // Only the first load's: a mapping is never unmapped while anything may read it, so
            // mapping every reload's index would keep a replaced file's disk space per reload.
            IndexMapped = firstPublish && _store is { } store && !snapshot.SearchIndexRestored ? MapSavedIndexAsync(store, snapshot) : Task.CompletedTask;
            if (firstPublish)
            {
                _ = SignalFirstLoadSettledAsync(_store, IndexMapped);
            }

            return snapshot;
        }
        catch (Exception ex) when (ex is not OperationCanceledException && !repository.IsLoaded)
        {
            // Nothing is published yet: say why on /readyz rather than "loading" for ever.
            repository.ReportLoadFailure($"the first load of the seeds folder failed ({ex.GetType().Name}: {ex.Message}); it is tried again at the next rescan");
            throw;
        }
        finally
        {
            // Unread only when the first load failed before publishing: the next try opens it again.
            Interlocked.Exchange(ref _savedIndex, null)?.Dispose();
            progress?.End();
            _oneAtATime.Release();
        }
    }

    public void Dispose()
    {
        Interlocked.Exchange(ref _savedIndex, null)?.Dispose();
        _oneAtATime.Dispose();
    }

    /// <summary>
    /// Completes once the first snapshot is published and the store's first save (which allocates
    /// too) is written: from then on most of what the first load allocated is garbage. The host may
    /// give it back with one compacting collection (<c>Runtime:CollectAfterFirstLoad</c>); the core
    /// library sets and starts nothing process-wide itself.
    /// </summary>
    public Task FirstLoadSettled => _firstLoadSettled.Task;

    private async Task SignalFirstLoadSettledAsync(SnapshotStoreWriter? store, Task indexMapped)
    {
        if (store is not null)
        {
            await store.Idle.ConfigureAwait(false);
        }

        await indexMapped.ConfigureAwait(false);
        _firstLoadSettled.TrySetResult();
    }

    /// <summary>Completes once the first load's index, saved, is mapped in place of the one built (or will not be).</summary>
    internal Task IndexMapped { get; private set; } = Task.CompletedTask;

    /// <summary>
    /// The first load's index, built or updated, lives on the heap (about 600 MB at 100,000
    /// articles); once the store has written it, the same snapshot is published again over the
    /// saved copy, mapped, and the heap's is garbage. Pages render the same, so their validators do
    /// not change. A reload's index stays on the heap until the next start (see the caller).
    /// </summary>
    private async Task MapSavedIndexAsync(SnapshotStoreWriter store, ArticleSnapshot snapshot)
    {
        await store.Idle.ConfigureAwait(false);
        // Off the writer's stack: its frames still hold the index it wrote, which would outlive the
        // collection the host runs once this is done.
        await Task.Yield();
        try
        {
            await _oneAtATime.WaitAsync().ConfigureAwait(false);
        }
        catch (ObjectDisposedException)
        {
            return;
        }

        try
        {
            // A newer snapshot is published: its own save maps its index.
            if (!ReferenceEquals(repository.Current, snapshot))
            {
                return;
            }

            var seeds = options.Value;
            var (index, _) = IndexStore.Read(seeds.ResolvedCachePath, loader.SnapshotFingerprint, snapshot.Articles, snapshot.TopicArticles, new SeedsFolderBoundary(seeds.Path), mappedOnly: true);
            if (index is not null)
            {
                repository.Publish(snapshot.WithSearchIndex(index));
                LogIndexMappedAfterSave(_logger, snapshot.Articles.Length);
            }
        }
        finally
        {
            _oneAtATime.Release();
        }
    }

    /// <summary>The index the last run saved (opened as the first load began), or null when the store is off.</summary>
    private SavedIndexReader? OpenSavedIndex()
    {
        if (_store is null)
        {
            return null;
        }

        var seeds = options.Value;
        var file = Interlocked.Exchange(ref _savedIndex, null) ?? IndexStore.Open(seeds.ResolvedCachePath, loader.SnapshotFingerprint, new SeedsFolderBoundary(seeds.Path));
        return new SavedIndexReader(file, seeds.ResolvedCachePath, new SeedsFolderBoundary(seeds.Path), timeProvider, _logger);
    }

    /// <summary>A reload reads only the articles the published index does not already hold unchanged.</summary>
    private SearchIndex UpdateCurrentIndex(ImmutableArray<Article> ordered, Func<string, ImmutableArray<Article>> topicArticles) =>
        SearchIndex.Update(repository.Current.SearchIndex.Reusable, ordered, topicArticles);

    private void RestoreFromStore(SeedsOptions seeds, SeedsFolderBoundary boundary)
    {
        var folder = seeds.ResolvedCachePath;
        var fingerprint = loader.SnapshotFingerprint;
        var started = timeProvider.GetTimestamp();
        var (files, problem) = SnapshotStore.Read(folder, fingerprint, boundary);
        if (files is not null)
        {
            loader.Restore(files);
            _restored = [.. files.Select(file => file.Article).OfType<Article>()];
            _storeIsCurrent = true;
            var elapsed = (long)timeProvider.GetElapsedTime(started).TotalMilliseconds;
            LogRestored(_logger, files.Count, folder, elapsed);
        }
        else if (problem is not null)
        {
            LogStoreDiscarded(_logger, folder, problem);
        }
        else
        {
            LogNoStore(_logger, folder);
        }

        _store = new SnapshotStoreWriter(folder, fingerprint, boundary, timeProvider, loggerFactory.CreateLogger<SnapshotStoreWriter>());
        _savedIndex = IndexStore.Open(folder, fingerprint, boundary);
    }

    /// <summary>The restored articles' plan, worked out on another core.</summary>
    private static Task<PublicationPlan> PlanRestored(IReadOnlyList<Article> restored, IReadOnlyDictionary<string, string> history) =>
        Task.Run(() => new PublicationPlan(restored, history));

    private static bool IsUnchanged(LoadReport report, ArticleRepository repository) =>
        repository.IsLoaded
        && report.ParsedFiles == 0
        && report.RemovedFiles == 0
        && report.Rejected.Length == repository.Current.Rejected.Length;

    [LoggerMessage(Level = LogLevel.Information, Message = "Moved the search index of {ArticleCount} articles from the heap to the copy just saved, mapped")]
    private static partial void LogIndexMappedAfterSave(ILogger logger, int articleCount);

    [LoggerMessage(Level = LogLevel.Information, Message = "Read the snapshot store of {FileCount} files from {CacheFolder} in {ElapsedMilliseconds} ms; only files changed since are parsed")]
    private static partial void LogRestored(ILogger logger, int fileCount, string cacheFolder, long elapsedMilliseconds);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The snapshot store in {CacheFolder} is not used: {Reason}; every file is parsed and the store written again")]
    private static partial void LogStoreDiscarded(ILogger logger, string cacheFolder, string reason);

    [LoggerMessage(Level = LogLevel.Information, Message = "No snapshot store in {CacheFolder} yet; every file is parsed and the store written after the load")]
    private static partial void LogNoStore(ILogger logger, string cacheFolder);

    [LoggerMessage(Level = LogLevel.Information, Message = "Published {ArticleCount} articles in {ElapsedMilliseconds} ms (permalinks, duplicates, topics, and the search index in {SearchIndexMilliseconds} ms: {SearchIndexOrigin}, {ReusedArticles} articles' terms taken from the last index)")]
    private static partial void LogPublished(ILogger logger, int articleCount, long elapsedMilliseconds, long searchIndexMilliseconds, SearchIndexOrigin searchIndexOrigin, int reusedArticles);
}
