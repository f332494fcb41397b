using NewsReader.Ingestion;

namespace NewsReader.Web.Hosting;

/// <summary>
/// Loads the seeds folder while the host starts, before the server accepts requests, so the
/// first reader already sees every article. Broken files are logged by the loader and skipped.
/// </summary>
public sealed class SeedIngestionService(ArticleIngestor ingestor) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken) => ingestor.IngestAsync(cancellationToken);

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
