using System.Diagnostics;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using NewsReader.Ingestion;
using NewsReader.Storage;

namespace NewsReader.Benchmarks.Relevance;

/// <summary>
/// <c>relevance DIR [--misses]</c>: loads a folder of articles filed by section as the app does and
/// prints the relevance scorer's figures; with <c>--misses</c>, every failing case too.
/// </summary>
internal static class RelevanceFigures
{
    public static async Task<int> RunAsync(string folder, bool misses)
    {
        if (!Directory.Exists(folder))
        {
            await Console.Error.WriteLineAsync($"No folder {folder}").ConfigureAwait(false);
            return 1;
        }

        var watch = Stopwatch.StartNew();
        var options = Options.Create(new SeedsOptions { Path = folder, WatchForChanges = false, MaxFiles = int.MaxValue, MaxTotalBytes = long.MaxValue, SettleMilliseconds = 0 });
        using var loader = new SeedFolderLoader(options, TimeProvider.System, NullLogger<SeedFolderLoader>.Instance);
        var report = await loader.LoadAsync(folder, CancellationToken.None).ConfigureAwait(false);
        var snapshot = ArticleSnapshot.Create(report.Articles, report.Rejected);
        var loaded = watch.ElapsedMilliseconds;
        var sections = snapshot.Articles.GroupBy(a => a.Section ?? "(top)").Select(g => $"{g.Key} {g.Count()}");
        Console.WriteLine($"relevance: {snapshot.Articles.Length} articles ({string.Join(", ", sections)}), loaded in {loaded} ms");

        var figures = await RelevanceScorer.ScoreAsync(snapshot).ConfigureAwait(false);
        foreach (var measure in figures.Measures)
        {
            Console.WriteLine("  " + measure);
        }

        foreach (var note in figures.Notes)
        {
            Console.WriteLine("  " + note);
        }

        Console.WriteLine($"  scored in {watch.ElapsedMilliseconds - loaded} ms");
        if (misses)
        {
            foreach (var measure in figures.Measures.Where(m => !m.Misses.IsEmpty))
            {
                Console.WriteLine();
                Console.WriteLine($"misses: {measure.Name}");
                foreach (var miss in measure.Misses)
                {
                    Console.WriteLine("  " + miss);
                }
            }
        }

        return 0;
    }
}
