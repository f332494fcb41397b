using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using NewsReader.Storage;

namespace NewsReader.Ingestion;

/// <summary>
/// One full ingestion: read the seeds folder, assign permalinks with the history's help, publish
/// the snapshot, and remember the new permalinks for the next run.
/// </summary>
public sealed class ArticleIngestor(
    SeedFolderLoader loader,
    ArticleRepository repository,
    IOptions<SeedsOptions> options,
    ILoggerFactory loggerFactory)
{
    public async Task<ArticleSnapshot> IngestAsync(CancellationToken cancellationToken)
    {
        var seeds = options.Value;
        var history = new PermalinkHistory(seeds.ResolvedPermalinkHistoryPath, loggerFactory.CreateLogger<PermalinkHistory>());

        var report = await loader.LoadAsync(seeds.Path, cancellationToken).ConfigureAwait(false);
        var snapshot = ArticleSnapshot.Create(report.Articles, report.Rejected, await history.ReadAsync(cancellationToken).ConfigureAwait(false));
        repository.Publish(snapshot);
        await history.AppendAsync(snapshot.NewPermalinks, cancellationToken).ConfigureAwait(false);
        return snapshot;
    }
}
