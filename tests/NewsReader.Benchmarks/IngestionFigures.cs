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
        var files = Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories).ToArray();
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
        Console.WriteLine($"floor: files={files.Length} mb={bytes / 1048576.0:F0} blocks={blocks} ms={watch.ElapsedMilliseconds} peak_mb={PeakMegabytes()}");
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
            + $"(search_index_ms={index}, adds {100.0 * index / Math.Max(1, withoutIndex):F0}% to the other {withoutIndex} ms) total_ms={total} peak_mb={PeakMegabytes()} "
            + $"gc_pause_ms={GC.GetTotalPauseDuration().TotalMilliseconds:F0} gc_count={GC.CollectionCount(0)}/{GC.CollectionCount(1)}/{GC.CollectionCount(2)}");
    }

    /// <summary>
    /// A start as the app makes it with a snapshot store in <paramref name="cache"/>: read the store
    /// (if any) and the permalink history, load what changed, publish; then, when anything was
    /// parsed, write the store for the next run. Run it twice to see a cold start and then a restart.
    /// </summary>
    public static async Task RestartAsync(string folder, string cache)
    {
        var (snapshot, figures) = await StartAsync(folder, cache).ConfigureAwait(false);
        // The web host's one collection after the first load (Runtime:CollectAfterFirstLoad): only
        // what the snapshot and the loader keep stays. Run here, after StartAsync has returned, so
        // that nothing of its frame keeps what the app would have let go.
        var collecting = Stopwatch.StartNew();
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);
        Console.WriteLine($"{figures} settled_rss_mb={ResidentMegabytes()} (pause_ms={collecting.ElapsedMilliseconds} heap={GC.GetGCMemoryInfo().HeapSizeBytes / 1048576})");
        GC.KeepAlive(snapshot);
    }

    /// <summary>The start itself, as the app makes it: what it published last, and its figures.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
    private static async Task<(ArticleSnapshot Snapshot, string Figures)> StartAsync(string folder, string cache)
    {
        var options = Options.Create(new SeedsOptions { Path = folder, WatchForChanges = false, MaxFiles = int.MaxValue, MaxTotalBytes = long.MaxValue });
        using var loader = new SeedFolderLoader(options, TimeProvider.System, NullLogger<SeedFolderLoader>.Instance, new ImageRewriteBenchmarks.SignedAddresses());
        var boundary = new Files.SeedsFolderBoundary(folder);
        var watch = Stopwatch.StartNew();
        // As the app does: the folder is scanned beside the reading of the store.
        var scanned = loader.StartScan(folder);
        var (stored, problem) = Persistence.SnapshotStore.Read(cache, loader.SnapshotFingerprint, boundary);
        if (stored is not null)
        {
            loader.Restore(stored);
        }

        var read = watch.ElapsedMilliseconds;
        // As the app does: opened now, its checksum read beside the scan; read for the articles
        // loaded, it gives their settled topics and then the index.
        using var savedFile = Persistence.IndexStore.Open(cache, loader.SnapshotFingerprint, boundary);
        // As the app does: the permalink history and the deleted articles are read, and the
        // articles restored checked against those loaded for any gone meanwhile.
        var history = new PermalinkHistory(Path.Join(cache, "permalinks.tsv"), boundary, NullLogger<PermalinkHistory>.Instance);
        var gone = new GoneList(Path.Join(cache, "gone.tsv"), boundary, NullLogger<GoneList>.Instance);
        await history.ReadAsync(CancellationToken.None).ConfigureAwait(false);
        var report = await loader.LoadAsync(folder, CancellationToken.None, scanned).ConfigureAwait(false);
        var restored = stored?.Select(file => file.Article).OfType<Articles.Article>() ?? [];
        var context = new SnapshotContext { Gone = await gone.UpdateAsync(restored, report.Articles, CancellationToken.None).ConfigureAwait(false) };
        var loaded = watch.ElapsedMilliseconds;
        Persistence.SavedSearchIndex? saved = null;
        Topics.TopicIndex? savedTopics = null;
        var snapshot = ArticleSnapshot.Create(report.Articles, report.Rejected, history.Entries, context,
            savedIndex: (ordered, topics) => saved?.Index(ordered, topics).Index,
            savedTopics: ordered => savedTopics = (saved = Persistence.IndexStore.Read(savedFile, ordered).Saved)?.SettledTopics(ordered));
        saved?.Dispose();
        var total = watch.ElapsedMilliseconds;
        var figures = $"restart: store={(stored is null ? problem ?? "none" : "used")} index={snapshot.SearchIndex.Origin.ToString().ToLowerInvariant()} topics={(savedTopics is null ? "settled" : "saved")} reused={snapshot.SearchIndex.ReusedArticles} "
            + $"articles={snapshot.Articles.Length} parsed={report.ParsedFiles} recognised={report.RecognisedFiles} "
            + $"store_read_ms={read} load_ms={loaded - read} publish_ms={total - loaded} (search_index_ms={(long)snapshot.SearchIndexBuildTime.TotalMilliseconds}) "
            + $"ready_ms={total} rss_at_ready_mb={ResidentMegabytes()} (anon={StatusMegabytes("RssAnon:")} file={StatusMegabytes("RssFile:")} heap={GC.GetGCMemoryInfo().HeapSizeBytes / 1048576}) "
            + $"gc_pause_ms={GC.GetTotalPauseDuration().TotalMilliseconds:F0} gc_count={GC.CollectionCount(0)}/{GC.CollectionCount(1)}/{GC.CollectionCount(2)}";
        await history.AppendAsync(snapshot.NewPermalinks, CancellationToken.None).ConfigureAwait(false);
        await gone.SaveAsync(CancellationToken.None).ConfigureAwait(false);
        if (stored is null || report.ParsedFiles + report.RemovedFiles + report.RecognisedFiles > 0)
        {
            var writing = Stopwatch.StartNew();
            await Persistence.SnapshotStore.WriteAsync(cache, loader.SnapshotFingerprint, loader.KnownFiles(), boundary);
            figures += $" store_write_ms={writing.ElapsedMilliseconds}";
        }

        if (!snapshot.SearchIndexRestored)
        {
            var writing = Stopwatch.StartNew();
            await Persistence.IndexStore.WriteAsync(cache, loader.SnapshotFingerprint, snapshot.SearchIndex, boundary, snapshot.Topics);
            figures += $" index_write_ms={writing.ElapsedMilliseconds}";
            // Off the writer's stack, which still holds the index it wrote (as the app does).
            await Task.Yield();
            // As the app then does: the same snapshot over the saved index, mapped; the heap's goes.
            var mapped = Persistence.IndexStore.Read(cache, loader.SnapshotFingerprint, snapshot.Articles, snapshot.TopicArticles, boundary, mappedOnly: true).Index;
            snapshot = mapped is null ? snapshot : snapshot.WithSearchIndex(mapped);
            figures += $" then={snapshot.SearchIndex.Origin.ToString().ToLowerInvariant()}";
        }

        // The peak is taken last: writing the store is part of a start.
        return (snapshot, figures + $" peak_mb={PeakMegabytes()}");
    }

    private static long ResidentMegabytes() => StatusMegabytes("VmRSS:");

    /// <summary>The process's peak resident set (VmHWM), which is what the machine had to give it.</summary>
    private static long PeakMegabytes() => StatusMegabytes("VmHWM:");

    private static long StatusMegabytes(string field)
    {
        var line = File.ReadLines("/proc/self/status").FirstOrDefault(l => l.StartsWith(field, StringComparison.Ordinal));
        return line is null ? -1 : long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], System.Globalization.CultureInfo.InvariantCulture) / 1024;
    }
}
