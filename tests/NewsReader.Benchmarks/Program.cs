using System.Diagnostics;
using BenchmarkDotNet.Running;
using NewsReader.Benchmarks;
using NewsReader.Search;

// dotnet run -c Release --project tests/NewsReader.Benchmarks -- corpus 100000 DIR    writes a corpus
// dotnet run -c Release --project tests/NewsReader.Benchmarks -- latency 100000       p50/p99 per query kind
// dotnet run -c Release --project tests/NewsReader.Benchmarks -- --filter '*'          BenchmarkDotNet
switch (args)
{
    case ["corpus", var count, var folder]:
        CorpusGenerator.Write(int.Parse(count, System.Globalization.CultureInfo.InvariantCulture), folder);
        return 0;
    case ["latency", var count]:
        Latency(int.Parse(count, System.Globalization.CultureInfo.InvariantCulture));
        return 0;
    default:
        BenchmarkSwitcher.FromAssembly(typeof(SearchBenchmarks).Assembly).Run(args);
        return 0;
}

// BenchmarkDotNet reports up to P95; the p99 target needs every sample, so this loop keeps them.
static void Latency(int count)
{
    var articles = Corpus.Parse(count);
    var before = GC.GetTotalMemory(forceFullCollection: true);
    var watch = Stopwatch.StartNew();
    var index = SearchIndex.Build(articles);
    var build = watch.Elapsed;
    var after = GC.GetTotalMemory(forceFullCollection: true);
    Console.WriteLine($"articles={count} build_ms={build.TotalMilliseconds:F0} index_mb={(after - before) / 1048576.0:F0} terms={index.TermCount}");
    foreach (var (kind, query) in new[] { ("one-word", "budget"), ("three-words", "minister budget talks"), ("phrase", "\"interest rates\"") })
    {
        for (var i = 0; i < 50; i++)
        {
            index.Search(query, 1, 20);
        }

        var samples = new double[1000];
        for (var i = 0; i < samples.Length; i++)
        {
            var start = Stopwatch.GetTimestamp();
            index.Search(query, 1, 20);
            samples[i] = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
        }

        Array.Sort(samples);
        Console.WriteLine($"{kind}: p50_ms={samples[500]:F3} p99_ms={samples[990]:F3} max_ms={samples[^1]:F3}");
    }
}
