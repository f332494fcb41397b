using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using NewsReader.Ingestion;
using NewsReader.Storage;

namespace NewsReader.Tests.TestData;

/// <summary>An ingestor over a test's seeds folder, as the app wires one: its loader, repository and options.</summary>
internal sealed class TestIngestor : IDisposable
{
    public TestIngestor(TempFolder seeds, bool keepSnapshot = true)
    {
        Options = Microsoft.Extensions.Options.Options.Create(new SeedsOptions { Path = seeds.Path, SettleMilliseconds = 0, KeepSnapshot = keepSnapshot });
        Loader = new SeedFolderLoader(Options, TimeProvider.System, NullLogger<SeedFolderLoader>.Instance);
        Ingestor = new ArticleIngestor(Loader, Repository, Options, TimeProvider.System, NullLoggerFactory.Instance);
    }

    public IOptions<SeedsOptions> Options { get; }

    public ArticleRepository Repository { get; } = new();

    public SeedFolderLoader Loader { get; }

    public ArticleIngestor Ingestor { get; }

    public void Dispose()
    {
        Ingestor.Dispose();
        Loader.Dispose();
    }
}
