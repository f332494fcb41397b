using NewsReader.Ingestion;

namespace NewsReader.Web.Hosting;

/// <summary>
/// Runs the reload loop for the app's lifetime. The server starts listening at once; until the
/// first load is published, /readyz answers 503 and pages say the site is starting. A long load
/// logs how far it is every few seconds.
/// </summary>
public sealed class SeedIngestionService(ReloadLoop reloadLoop, LoadProgressReporter progressLog) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var reporting = progressLog.Listen();
        await reloadLoop.RunAsync(stoppingToken).ConfigureAwait(false);
    }
}
