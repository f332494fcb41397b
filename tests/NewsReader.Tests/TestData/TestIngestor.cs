using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using NewsReader.Ingestion;
using NewsReader.Parsing;
using NewsReader.Storage;

namespace NewsReader.Tests.TestData;

/// <summary>An ingestor over a test's seeds folder, as the app wires one: its loader, repository and options.</summary>
internal sealed class TestIngestor : IDisposable
{
    private int _parses;

    public TestIngestor(TempFolder seeds, bool keepSnapshot = true)
        : this(seeds.Path, keepSnapshot)
    {
    }

    /// <param name="countParses">Parse through a stand-in that counts the files parsed (<see cref="Parses"/>), as a restart's test needs.</param>
    public TestIngestor(string folder, bool keepSnapshot = true, bool countParses = false)
    {
        Options = Microsoft.Extensions.Options.Options.Create(new SeedsOptions { Path = folder, SettleMilliseconds = 0, KeepSnapshot = keepSnapshot });
        Loader = countParses
            ? new SeedFolderLoader(Options, TimeProvider.System, NullLogger<SeedFolderLoader>.Instance, (bytes, file, zone, token) =>
            {
                Interlocked.Increment(ref _parses);
                return ArticleFileParser.Parse(bytes, file, zone, cancellationToken: token);
            })
            : new SeedFolderLoader(Options, TimeProvider.System, NullLogger<SeedFolderLoader>.Instance);
        Ingestor = new ArticleIngestor(Loader, Repository, Options, TimeProvider.System, NullLoggerFactory.Instance);
    }

    public IOptions<SeedsOptions> Options { get; }

    public ArticleRepository Repository { get; } = new();

    public SeedFolderLoader Loader { get; }

    public ArticleIngestor Ingestor { get; }

    /// <summary>How many files were parsed, when the ingestor was made to count them.</summary>
    public int Parses => Volatile.Read(ref _parses);

    public void Dispose()
    {
        Ingestor.Dispose();
        Loader.Dispose();
    }
}
