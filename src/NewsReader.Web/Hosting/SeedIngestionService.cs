using NewsReader.Ingestion;

namespace NewsReader.Web.Hosting;

/// <summary>
/// Runs the reload loop for the app's lifetime. The server starts listening at once; until the
/// first load is published, /readyz answers 503 and pages say the site is starting.
/// </summary>
public sealed class SeedIngestionService(ReloadLoop reloadLoop) : BackgroundService
{
    protected override Task ExecuteAsync(CancellationToken stoppingToken) => reloadLoop.RunAsync(stoppingToken);
}
