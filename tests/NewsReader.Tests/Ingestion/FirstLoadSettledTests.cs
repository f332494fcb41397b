using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using NewsReader.Ingestion;
using NewsReader.Storage;
using NewsReader.Tests.TestData;

namespace NewsReader.Tests.Ingestion;

/// <summary>The core signals when the first load is published and saved; giving memory back is the host's call.</summary>
public sealed class FirstLoadSettledTests
{
    [Fact]
    public async Task FirstLoadSettled_CompletesAfterTheFirstPublishAndTheStoresFirstSave()
    {
        using var seeds = new TempFolder();
        seeds.Write("story.txt", "A headline\n\nA body paragraph.");
        var options = Options.Create(new SeedsOptions { Path = seeds.Path, SettleMilliseconds = 0 });
        using var loader = new SeedFolderLoader(options, TimeProvider.System, NullLogger<SeedFolderLoader>.Instance);
        using var ingestor = new ArticleIngestor(loader, new ArticleRepository(), options, TimeProvider.System, NullLoggerFactory.Instance);
        Assert.False(ingestor.FirstLoadSettled.IsCompleted);

        await ingestor.IngestAsync(CancellationToken.None);
        await ingestor.FirstLoadSettled.WaitAsync(TimeSpan.FromSeconds(15));

        Assert.NotNull(ingestor.Store);
        Assert.True(ingestor.Store.Idle.IsCompleted);
        Assert.True(File.Exists(Path.Join(options.Value.ResolvedCachePath, "snapshot.nrs")));
    }
}
