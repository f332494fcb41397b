using System.Collections.Immutable;
using BenchmarkDotNet.Attributes;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using NewsReader.Articles;
using NewsReader.Ingestion;
using NewsReader.Storage;

namespace NewsReader.Benchmarks;

/// <summary>
/// A cold load of a generated seeds folder and the snapshot published from it. The files sit in the
/// page cache after the first iteration, so this measures parsing and building, not the disk.
/// </summary>
[MemoryDiagnoser]
public class IngestionBenchmarks
{
    private string _folder = "";
    private IOptions<SeedsOptions> _options = Options.Create(new SeedsOptions());
    private ImmutableArray<Article> _articles = [];

    [Params(2_000)]
    public int Files { get; set; }

    [GlobalSetup]
    public async Task SetupAsync()
    {
        _folder = Directory.CreateTempSubdirectory("newsreader-ingestion-").FullName;
        CorpusGenerator.Write(Files, _folder);
        _options = Options.Create(new SeedsOptions { Path = _folder, WatchForChanges = false });
        var report = await LoadReportAsync();
        if (report.Articles.Length != Files)
        {
            throw new InvalidOperationException($"{report.Articles.Length} of {Files} generated files loaded; {report.Rejected.Length} rejected");
        }

        _articles = report.Articles;
    }

    [GlobalCleanup]
    public void Cleanup() => Directory.Delete(_folder, recursive: true);

    /// <summary>A new loader remembers nothing, so every file is scanned, read and parsed, as at start-up.</summary>
    [Benchmark]
    public async Task<int> Load() => (await LoadReportAsync()).Articles.Length;

    /// <summary>Duplicates, permalinks, ordering, lookups, the search index and the topics.</summary>
    [Benchmark]
    public ArticleSnapshot Publish() => ArticleSnapshot.Create(_articles, []);

    private async Task<LoadReport> LoadReportAsync()
    {
        using var loader = new SeedFolderLoader(_options, TimeProvider.System, NullLogger<SeedFolderLoader>.Instance);
        return await loader.LoadAsync(_folder, CancellationToken.None);
    }
}
