using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using NewsReader.Ingestion;
using NewsReader.Storage;
using NewsReader.Tests.TestData;

namespace NewsReader.Tests.Ingestion;

/// <summary>A file skipped because it was still being written is not forgotten until the next edit or rescan.</summary>
public sealed class ReloadLoopSettleTests : IDisposable
{
    private readonly TempFolder _seeds = new();
    private readonly ArticleRepository _repository = new();
    private readonly CancellationTokenSource _stop = new();

    public void Dispose()
    {
        _stop.Cancel();
        _stop.Dispose();
        _seeds.Dispose();
    }

    [Fact]
    public async Task RunAsync_FileTooFreshAtItsReload_PublishedOnceSettledWithoutAnotherEvent()
    {
        // The rescan is an hour away and a single save raises its events within the debounce, so
        // only the loop's own retry can publish the file.
        var options = Options.Create(new SeedsOptions { Path = _seeds.Path, ReloadDebounceMilliseconds = 50, RescanSeconds = 3600, SettleMilliseconds = 3000 });
        File.SetLastWriteTimeUtc(_seeds.Write("old.txt", "Old headline\n\nBody."), DateTime.UtcNow.AddHours(-1));
        using var loader = new SeedFolderLoader(options, TimeProvider.System, NullLogger<SeedFolderLoader>.Instance);
        using var ingestor = new ArticleIngestor(loader, _repository, options, TimeProvider.System, NullLoggerFactory.Instance);
        _ = new ReloadLoop(ingestor, options, TimeProvider.System, NullLogger<ReloadLoop>.Instance).RunAsync(_stop.Token);
        await _repository.WaitForAsync(_ => true, _stop.Token).WaitAsync(TimeSpan.FromSeconds(15));

        _seeds.Write("fresh.txt", "Fresh headline\n\nBody.");

        var snapshot = await _repository.WaitForAsync(s => s.FindBySlug("fresh-headline") is not null, _stop.Token).WaitAsync(TimeSpan.FromSeconds(15));
        Assert.Equal(2, snapshot.Articles.Length);
    }
}
