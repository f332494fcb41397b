using System.Runtime;
using Microsoft.Extensions.DependencyInjection;
using NewsReader.Storage;
using NewsReader.Web.Tests.Infrastructure;

namespace NewsReader.Web.Tests.Hosting;

/// <summary>
/// Process-wide runtime settings are the host's, switchable by configuration. They are
/// process-wide, so these tests run alone, after the others (<see cref="ProcessWideSettingsSuite"/>).
/// </summary>
[Collection(ProcessWideSettingsSuite.Name)]
public sealed class RuntimeSettingsTests : IDisposable
{
    private readonly SeedsFolder _seeds = new SeedsFolder().WithStories(1);

    public void Dispose() => _seeds.Dispose();

    [Fact]
    public void Publish_ByDefault_LargeObjectHeapCompactedOnce()
    {
        using var factory = new NewsReaderFactory(_seeds);
        var repository = factory.Services.GetRequiredService<ArticleRepository>();
        GCSettings.LargeObjectHeapCompactionMode = GCLargeObjectHeapCompactionMode.Default;

        repository.Publish(repository.Current);

        Assert.Equal(GCLargeObjectHeapCompactionMode.CompactOnce, GCSettings.LargeObjectHeapCompactionMode);
    }

    [Fact]
    public void Load_CompactionTurnedOff_LargeObjectHeapSettingUntouched()
    {
        GCSettings.LargeObjectHeapCompactionMode = GCLargeObjectHeapCompactionMode.Default;

        using var factory = new NewsReaderFactory(_seeds, new Dictionary<string, string?> { ["Runtime:CompactLargeObjectHeapAfterReload"] = "false" });
        var repository = factory.Services.GetRequiredService<ArticleRepository>();
        repository.Publish(repository.Current);

        Assert.True(repository.IsLoaded);
        Assert.Equal(GCLargeObjectHeapCompactionMode.Default, GCSettings.LargeObjectHeapCompactionMode);
    }
}
