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
        using var app = new TestIngestor(seeds);
        Assert.False(app.Ingestor.FirstLoadSettled.IsCompleted);

        await app.Ingestor.IngestAsync(CancellationToken.None);
        await app.Ingestor.FirstLoadSettled.WaitAsync(TimeSpan.FromSeconds(15));

        Assert.NotNull(app.Ingestor.Store);
        Assert.True(app.Ingestor.Store.Idle.IsCompleted);
        Assert.True(File.Exists(Path.Join(app.Options.Value.ResolvedCachePath, "snapshot.nrs")));
    }
}
