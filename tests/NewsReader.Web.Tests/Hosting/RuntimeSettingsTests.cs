using System.Globalization;
using System.Runtime;
using Microsoft.Extensions.DependencyInjection;
using NewsReader.Ingestion;
using NewsReader.Storage;
using NewsReader.Web.Tests.Infrastructure;
using Serilog.Events;

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

    private const string CollectedAfterFirstLoad = "Gave the first load's working memory back";

    private static readonly Dictionary<string, string?> InformationFromTheHost = new()
    {
        ["Serilog:MinimumLevel:Override:NewsReader.Web.Hosting.RuntimeSettingsService"] = "Information",
    };

    [Fact]
    public async Task FirstLoad_ByDefault_MemoryGivenBackOnceAndLogged()
    {
        using var factory = new NewsReaderFactory(_seeds, InformationFromTheHost);
        // The host starts on first use.
        await factory.Services.GetRequiredService<ArticleIngestor>().FirstLoadSettled.WaitAsync(TimeSpan.FromSeconds(15));

        var logged = await factory.Logs.WaitForAsync(e => e.RenderMessage(CultureInfo.InvariantCulture).StartsWith(CollectedAfterFirstLoad, StringComparison.Ordinal), TimeSpan.FromSeconds(15));

        Assert.NotNull(logged);
        Assert.Equal(LogEventLevel.Information, logged.Level);
        Assert.Matches(@"resident \d+ MB before, \d+ MB after \(a \d+ ms pause\)", logged.RenderMessage(CultureInfo.InvariantCulture));
        Assert.Single(factory.Logs.Events, e => e.RenderMessage(CultureInfo.InvariantCulture).StartsWith(CollectedAfterFirstLoad, StringComparison.Ordinal));
    }

    [Fact]
    public async Task FirstLoad_CollectionTurnedOff_NothingCollected()
    {
        var settings = new Dictionary<string, string?>(InformationFromTheHost) { ["Runtime:CollectAfterFirstLoad"] = "false" };
        using var factory = new NewsReaderFactory(_seeds, settings);
        await factory.Services.GetRequiredService<ArticleIngestor>().FirstLoadSettled.WaitAsync(TimeSpan.FromSeconds(15));

        // The collection would follow the signal at once; a second is ample to see none come.
        var logged = await factory.Logs.WaitForAsync(e => e.RenderMessage(CultureInfo.InvariantCulture).StartsWith(CollectedAfterFirstLoad, StringComparison.Ordinal), TimeSpan.FromSeconds(1));

        Assert.Null(logged);
    }
}
