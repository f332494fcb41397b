using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Logging.Testing;
using Microsoft.Extensions.Options;
using NewsReader.Ingestion;
using NewsReader.Storage;
using NewsReader.Tests.TestData;

namespace NewsReader.Tests.Ingestion;

/// <summary>The first load's working memory is handed back once, after the first publish, and said so in the log.</summary>
public sealed class LoadMemoryTests
{
    private const string Returned = "Returned the first load's working memory";

    [Fact]
    public async Task FirstPublish_ReturnsTheLoadsMemoryOnce_NotAtReloads()
    {
        using var seeds = new TempFolder();
        seeds.Write("story.txt", "A headline\n\nA body paragraph.");
        var options = Options.Create(new SeedsOptions { Path = seeds.Path, SettleMilliseconds = 0 });
        var logs = new FakeLogCollector();
        using var loggers = LoggerFactory.Create(builder => builder.AddProvider(new FakeLoggerProvider(logs)));
        using var loader = new SeedFolderLoader(options, TimeProvider.System, NullLogger<SeedFolderLoader>.Instance);
        var repository = new ArticleRepository();
        using var ingestor = new ArticleIngestor(loader, repository, options, TimeProvider.System, loggers);

        await ingestor.IngestAsync(CancellationToken.None);
        await ingestor.LoadMemoryReturned;
        var line = Assert.Single(logs.GetSnapshot(), record => record.Message.StartsWith(Returned, StringComparison.Ordinal));
        Assert.Equal(LogLevel.Information, line.Level);
        Assert.Matches(@"resident \d+ MB before, \d+ MB after \(a \d+ ms pause\)", line.Message);

        seeds.Write("second.txt", "Another headline\n\nAnother paragraph.");
        await ingestor.IngestAsync(CancellationToken.None);
        await ingestor.LoadMemoryReturned;

        Assert.Equal(2, repository.Current.Articles.Length);
        Assert.Single(logs.GetSnapshot(), record => record.Message.StartsWith(Returned, StringComparison.Ordinal));
    }
}
