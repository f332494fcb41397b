using System.Collections.Immutable;
using System.Diagnostics;
using NewsReader.Search;

namespace NewsReader.Benchmarks.Relevance;

/// <summary>
/// <c>related-latency COUNT</c>: what working out an article's related reading costs the first
/// render of its page (it is kept afterwards), on a generated corpus filed into five sections.
/// </summary>
internal static class RelatedLatency
{
    private const int Samples = 1000;

    public static void Run(int count)
    {
        var articles = Corpus.Parse(count).Select((a, i) => a with { SourceFile = $"section{i % 5}/{a.SourceFile}" }).ToImmutableArray();
        var index = SearchIndex.Build(articles);
        var watch = Stopwatch.StartNew();
        index.RelatedTo(articles[0], RelevanceScorer.RelatedShown);
        Console.WriteLine($"articles={count} first_related_ms={watch.Elapsed.TotalMilliseconds:F0} (reads every posting once for the norms)");

        var random = new Random(7);
        var docs = Enumerable.Range(0, Samples).Select(_ => 1 + random.Next(count - 1)).Distinct().ToArray();
        var samples = new double[docs.Length];
        var links = 0;
        for (var i = 0; i < docs.Length; i++)
        {
            var start = Stopwatch.GetTimestamp();
            links += index.RelatedTo(articles[docs[i]], RelevanceScorer.RelatedShown).Length;
            samples[i] = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
        }

        Array.Sort(samples);
        Console.WriteLine($"related: articles={docs.Length} links={links} p50_ms={samples[samples.Length / 2]:F3} p99_ms={samples[samples.Length * 99 / 100]:F3} max_ms={samples[^1]:F3}");
    }
}
