using System.Runtime;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using NewsReader.Ingestion;
using NewsReader.Storage;
using NewsReader.Tests.TestData;

namespace NewsReader.Tests.Ingestion;

/// <summary>The core library may share a process with other code: process-wide runtime settings are the host's.</summary>
public sealed class ArticleIngestorRuntimeTests
{
    [Fact]
    public async Task IngestAsync_Publishes_LeavesProcessWideGcSettingsAlone()
    {
        using var seeds = new TempFolder();
        seeds.Write("story.txt", "A headline\n\nA body paragraph.");
        var options = Options.Create(new SeedsOptions { Path = seeds.Path });
        using var loader = new SeedFolderLoader(options, TimeProvider.System, NullLogger<SeedFolderLoader>.Instance);
        var repository = new ArticleRepository();
        using var ingestor = new ArticleIngestor(loader, repository, options, TimeProvider.System, NullLoggerFactory.Instance);
        GCSettings.LargeObjectHeapCompactionMode = GCLargeObjectHeapCompactionMode.Default;

        await ingestor.IngestAsync(CancellationToken.None);

        Assert.True(repository.IsLoaded);
        Assert.Equal(GCLargeObjectHeapCompactionMode.Default, GCSettings.LargeObjectHeapCompactionMode);
    }
}
