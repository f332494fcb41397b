using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using NewsReader.Files;
using NewsReader.Storage;

namespace NewsReader.Ingestion;

/// <summary>
/// One ingestion: read what changed in the seeds folder, assign permalinks with the history's
/// help, publish the new snapshot in one swap, and remember new permalinks and deleted articles.
/// Runs off the request path; readers keep serving the previous snapshot meanwhile.
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

    /// <summary>When some files were still being written: the loop reloads after this instead of waiting for the rescan.</summary>
    public TimeSpan? RetryAfter => loader.RetryAfter;

    public async Task<ArticleSnapshot> IngestAsync(CancellationToken cancellationToken)
    {
        await _oneAtATime.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            progress?.Begin();
            var seeds = options.Value;
            if (_historyFile is null || _gone is null)
            {
                var boundary = new SeedsFolderBoundary(seeds.Path);
                _historyFile = new PermalinkHistory(seeds.ResolvedPermalinkHistoryPath, boundary, loggerFactory.CreateLogger<PermalinkHistory>());
                _gone = new GoneList(seeds.ResolvedGoneListPath, boundary, loggerFactory.CreateLogger<GoneList>());
            }

            if (_historyFile.Entries is null)
            {
                await _historyFile.ReadAsync(cancellationToken).ConfigureAwait(false);
            }

            var report = await loader.LoadAsync(seeds.Path, cancellationToken).ConfigureAwait(false);
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
                Gone = await _gone.UpdateAsync(repository.Current.Articles, report.Articles, cancellationToken).ConfigureAwait(false),
                LoadedAt = timeProvider.GetUtcNow(),
                LoadDuration = report.Elapsed,
            };
            var started = timeProvider.GetTimestamp();
            var snapshot = ArticleSnapshot.Create(report.Articles, report.Rejected, _historyFile.Entries, context);
            repository.Publish(snapshot);
            // Readers see the new articles from here on; saving the history after is not loading.
            progress?.End();
            var elapsed = timeProvider.GetElapsedTime(started);
            LogPublished(_logger, snapshot.Articles.Length, (long)elapsed.TotalMilliseconds, (long)snapshot.SearchIndexBuildTime.TotalMilliseconds);

            // The history adds the new pairs to its entries (the next snapshot's history) and the file.
            await _historyFile.AppendAsync(snapshot.NewPermalinks, cancellationToken).ConfigureAwait(false);
            await _gone.SaveAsync(cancellationToken).ConfigureAwait(false);
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
            progress?.End();
            _oneAtATime.Release();
        }
    }

    public void Dispose() => _oneAtATime.Dispose();

    private static bool IsUnchanged(LoadReport report, ArticleRepository repository) =>
        repository.IsLoaded
        && report.ParsedFiles == 0
        && report.RemovedFiles == 0
        && report.Rejected.Length == repository.Current.Rejected.Length;

    [LoggerMessage(Level = LogLevel.Information, Message = "Published {ArticleCount} articles in {ElapsedMilliseconds} ms (permalinks, duplicates, topics, and the search index in {SearchIndexMilliseconds} ms)")]
    private static partial void LogPublished(ILogger logger, int articleCount, long elapsedMilliseconds, long searchIndexMilliseconds);
}
