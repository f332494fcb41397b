using System.Diagnostics;
using System.Text;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using NewsReader.Ingestion;
using NewsReader.Storage;

namespace NewsReader.Benchmarks;

/// <summary>
/// Ingestion of a folder next to its floor, each in a process of its own so peak memory belongs to
/// one of them: <c>floor DIR</c> only reads every file in parallel and splits it into blocks (what
/// any reader must do); <c>ingest DIR</c> loads and publishes a snapshot as the app does at start.
/// </summary>
internal static class IngestionFigures
{
    public static void Floor(string folder)
    {
        var watch = Stopwatch.StartNew();
        // Hidden files and folders skipped, as the app skips them (a store the app left in .newsreader/ is not an article).
        var files = Directory.EnumerateFiles(folder, "*", new EnumerationOptions { RecurseSubdirectories = true }).ToArray();
        long blocks = 0;
        long bytes = 0;
        Parallel.ForEach(files, () => (Blocks: 0L, Bytes: 0L), (path, _, local) =>
        {
            var content = File.ReadAllBytes(path);
            var text = Encoding.UTF8.GetString(content);
            return (local.Blocks + text.Split("\n\n").Length, local.Bytes + content.Length);
        }, local =>
        {
            Interlocked.Add(ref blocks, local.Blocks);
            Interlocked.Add(ref bytes, local.Bytes);
        });
        Console.WriteLine($"floor: files={files.Length} mb={bytes / 1048576.0:F0} blocks={blocks} ms={watch.ElapsedMilliseconds} peak_mb={Memory.PeakMegabytes()}");
    }

    public static async Task IngestAsync(string folder)
    {
        var options = Options.Create(new SeedsOptions { Path = folder, WatchForChanges = false, MaxFiles = int.MaxValue, MaxTotalBytes = long.MaxValue });
        // With the app's default rule for remote pictures (signed proxy addresses), as the app ingests.
        using var loader = new SeedFolderLoader(options, TimeProvider.System, NullLogger<SeedFolderLoader>.Instance, new ImageRewriteBenchmarks.SignedAddresses());
        var watch = Stopwatch.StartNew();
        var report = await loader.LoadAsync(folder, CancellationToken.None).ConfigureAwait(false);
        var loaded = watch.ElapsedMilliseconds;
        var snapshot = ArticleSnapshot.Create(report.Articles, report.Rejected);
        var total = watch.ElapsedMilliseconds;
        var index = (long)snapshot.SearchIndexBuildTime.TotalMilliseconds;
        var withoutIndex = total - index;
        Console.WriteLine($"ingest: articles={snapshot.Articles.Length} rejected={report.Rejected.Length} load_ms={loaded} publish_ms={total - loaded} "
            + $"(search_index_ms={index}, adds {100.0 * index / Math.Max(1, withoutIndex):F0}% to the other {withoutIndex} ms) total_ms={total} peak_mb={Memory.PeakMegabytes()} "
            + $"gc_pause_ms={GC.GetTotalPauseDuration().TotalMilliseconds:F0} gc_count={GC.CollectionCount(0)}/{GC.CollectionCount(1)}/{GC.CollectionCount(2)}");
    }
}
