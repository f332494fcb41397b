using Microsoft.Extensions.Logging.Abstractions;
using NewsReader.Ingestion;
using NewsReader.Web.Images;
using NewsReader.Web.Tests.Infrastructure;

namespace NewsReader.Web.Tests.Images;

public sealed class ImageSigningKeyTests : IDisposable
{
    private readonly List<SeedsFolder> _folders = [];

    public void Dispose() => _folders.ForEach(folder => folder.Dispose());

    [Fact]
    public async Task LoadOrCreateAsync_ReplicasStartTogetherOnNewFolder_AllGetTheKeptKey()
    {
        // Replicas sharing a seeds folder that has no key yet: each must sign with the one kept,
        // or a page one replica rendered names images that the others refuse.
        // Several rounds, each on a new folder: a start is quick, and the race is in the first write.
        for (var round = 0; round < 5; round++)
        {
            var folder = new SeedsFolder();
            _folders.Add(folder);
            var seeds = new SeedsOptions { Path = folder.Path };
            using var start = new Barrier(4);

            // A thread each (not the pool's), so the barrier does not wait for the pool to grow.
            var keys = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => Task.Factory.StartNew(
                () =>
                {
                    start.SignalAndWait(TimeSpan.FromSeconds(10));
                    return ImageSigningKey.LoadOrCreateAsync(seeds, NullLogger.Instance, CancellationToken.None);
                },
                CancellationToken.None,
                TaskCreationOptions.LongRunning,
                TaskScheduler.Default).Unwrap()));

            var kept = Convert.FromBase64String(File.ReadAllText(ImageSigningKey.PathIn(seeds)).Trim());
            Assert.All(keys, key => Assert.Equal(kept, key));
        }
    }
}
