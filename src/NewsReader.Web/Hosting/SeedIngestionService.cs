using Microsoft.Extensions.Options;
using NewsReader.Ingestion;
using NewsReader.Storage;

namespace NewsReader.Web.Hosting;

/// <summary>
/// Loads the seeds folder while the host starts, before the server accepts requests, so the
/// first reader already sees every article. Broken files are logged by the loader and skipped.
/// </summary>
public sealed class SeedIngestionService(
    SeedFolderLoader loader,
    ArticleRepository repository,
    IOptions<SeedsOptions> options) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var report = await loader.LoadAsync(options.Value.Path, cancellationToken);
        repository.Publish(ArticleSnapshot.Create(report.Articles, report.Rejected));
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
