using System.Diagnostics;
using System.Runtime;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using NewsReader.Ingestion;
using NewsReader.Storage;

namespace NewsReader.Benchmarks;

/// <summary>
/// <c>restart DIR CACHE</c>: a start as the app makes it, through the app's own first ingestion
/// (<see cref="ArticleIngestor"/>) with the snapshot store, permalink history and deleted-articles
/// list in CACHE; no web host. Run it twice to see a cold start and then a restart. Ready is the
/// first publish (when the app's /readyz would answer); settled is once the store is written, the
/// index mapped and the host's one collection run.
/// </summary>
internal static class StartFigures
{
    public static async Task RestartAsync(string folder, string cache)
    {
        var (start, figures) = await StartAsync(folder, cache).ConfigureAwait(false);
        using (start)
        {
            // The web host's one collection after the first load (Runtime:CollectAfterFirstLoad):
            // run here, after StartAsync has returned, so nothing of its frame keeps what the app
            // would have let go; the loader, repository and ingestor stay, as they do in the app.
            var collecting = Stopwatch.StartNew();
            GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);
            Console.WriteLine($"{figures} settled_rss_mb={Memory.ResidentMegabytes()} (pause_ms={collecting.ElapsedMilliseconds} heap={GC.GetGCMemoryInfo().HeapSizeBytes / 1048576})");
        }
    }

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
    private static async Task<(RunningStart Start, string Figures)> StartAsync(string folder, string cache)
    {
        var options = Options.Create(new SeedsOptions
        {
            Path = folder,
            CachePath = cache,
            PermalinkHistoryPath = Path.Join(cache, "permalinks.tsv"),
            WatchForChanges = false,
            MaxFiles = int.MaxValue,
            MaxTotalBytes = long.MaxValue,
        });
        // With the app's default rule for remote pictures (signed proxy addresses), as the app ingests.
        var start = new RunningStart(new SeedFolderLoader(options, TimeProvider.System, NullLogger<SeedFolderLoader>.Instance, new ImageRewriteBenchmarks.SignedAddresses()));
        var ingestor = start.Ingestor(options);
        var watch = Stopwatch.StartNew();
        string? atReady = null;
        start.Repository.Published += snapshot => atReady ??= $"ready_ms={watch.ElapsedMilliseconds} rss_at_ready_mb={Memory.ResidentMegabytes()} "
            + $"(anon={Memory.StatusMegabytes("RssAnon:")} file={Memory.StatusMegabytes("RssFile:")} heap={GC.GetGCMemoryInfo().HeapSizeBytes / 1048576}) "
            // Compiling (all threads' time) is a large share of a restart's work: about a second of it at 100,000 articles.
            + $"jit_ms={JitInfo.GetCompilationTime().TotalMilliseconds:F0} jit_methods={JitInfo.GetCompiledMethodCount()} "
            + $"gc_pause_ms={GC.GetTotalPauseDuration().TotalMilliseconds:F0} gc_count={GC.CollectionCount(0)}/{GC.CollectionCount(1)}/{GC.CollectionCount(2)} "
            + ProcessorTime.Summary();
        var snapshot = await ingestor.IngestAsync(CancellationToken.None).ConfigureAwait(false);
        var published = watch.ElapsedMilliseconds;
        // The store's save and the index mapped over the saved copy are part of a start too.
        await ingestor.FirstLoadSettled.ConfigureAwait(false);
        var index = start.Repository.Current.SearchIndex;
        var figures = $"restart: index={snapshot.SearchIndex.Origin.ToString().ToLowerInvariant()} then={index.Origin.ToString().ToLowerInvariant()} reused={snapshot.SearchIndex.ReusedArticles} "
            + $"articles={snapshot.Articles.Length} parsed={snapshot.Context.ParsedFiles} load_ms={(long)snapshot.Context.LoadDuration.TotalMilliseconds} "
            + $"search_index_ms={(long)snapshot.SearchIndexBuildTime.TotalMilliseconds} {atReady} "
            + $"ingest_ms={published} settled_ms={watch.ElapsedMilliseconds} peak_mb={Memory.PeakMegabytes()}";
        return (start, figures);
    }

    /// <summary>What the app keeps of a start for as long as it runs.</summary>
    private sealed class RunningStart(SeedFolderLoader loader) : IDisposable
    {
        private ArticleIngestor? _ingestor;

        public ArticleRepository Repository { get; } = new();

        public ArticleIngestor Ingestor(IOptions<SeedsOptions> options) =>
            _ingestor = new ArticleIngestor(loader, Repository, options, TimeProvider.System, NullLoggerFactory.Instance);

        public void Dispose()
        {
            _ingestor?.Dispose();
            loader.Dispose();
        }
    }
}
