using System.Runtime;
using Microsoft.Extensions.Options;
using NewsReader.Ingestion;
using NewsReader.Storage;

namespace NewsReader.Web.Hosting;

/// <summary>Applies <see cref="RuntimeOptions"/> for the app's lifetime: after each publish, as configured.</summary>
public sealed class RuntimeSettingsService(ArticleRepository repository, ReloadLoop reloadLoop, IOptions<RuntimeOptions> options) : IHostedService
{
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

        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken)
    {
        repository.Published -= CompactLargeObjectHeapOnce;
        reloadLoop.QuietAfterEdits -= GiveGarbageBack;
        return Task.CompletedTask;
    }

    private static void GiveGarbageBack() =>
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);

    private static void CompactLargeObjectHeapOnce(ArticleSnapshot snapshot) =>
        GCSettings.LargeObjectHeapCompactionMode = GCLargeObjectHeapCompactionMode.CompactOnce;
}
