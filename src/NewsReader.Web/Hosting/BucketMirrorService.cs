using Microsoft.Extensions.Options;
using NewsReader.Ingestion;
using NewsReader.Mirroring;

namespace NewsReader.Web.Hosting;

/// <summary>
/// With <c>Seeds:Source=s3</c>, copies the bucket into the seeds folder now and every
/// <c>Seeds:PollSeconds</c>, and tells the reload loop when a copy is over (<see cref="SeedsSync"/>).
/// A failed copy is logged by the mirror and tried again at the next poll; it never stops the app.
/// </summary>
public sealed class BucketMirrorService(IOptions<SeedsOptions> options, SeedsSync sync, IServiceProvider services, TimeProvider timeProvider) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var seeds = options.Value;
        if (!seeds.MirrorsBucket)
        {
            return;
        }

        // Resolved here, not injected: the S3 client is built only when a bucket is the source.
        var mirror = services.GetRequiredService<BucketMirror>();
        var poll = TimeSpan.FromSeconds(seeds.PollSeconds);
        try
        {
            while (!stoppingToken.IsCancellationRequested)
            {
                var result = await mirror.SyncAsync(stoppingToken).ConfigureAwait(false);
                sync.Finished(result.FilesChanged);
                await Task.Delay(poll, timeProvider, stoppingToken).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutting down.
        }
    }
}
