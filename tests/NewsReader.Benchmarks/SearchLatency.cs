using System.Collections.Immutable;
using System.Diagnostics;
using NewsReader.Articles;
using NewsReader.Search;

namespace NewsReader.Benchmarks;

/// <summary>
/// Per-query latency percentiles (BenchmarkDotNet reports up to P95; the p99 target needs every
/// sample). Queries are drawn from the corpus itself, as a reader would remember them: a word of
/// an article, three of its words, two or three of its words in a row in quotes; then one word
/// narrowed to a section (a tenth of the articles) and a section's listing with no words.
/// </summary>
internal static class SearchLatency
{
    private const int QueriesPerKind = 2000;

    private const int Sections = 10;

    /// <param name="mapped">Search the index as a restart has it: written to the snapshot store and mapped back.</param>
    public static async Task RunAsync(int count, bool mapped = false)
    {
        // Filed in sections, as a seeds folder with sub-folders is, for the filtered kinds.
        var articles = Corpus.Parse(count).Select((a, i) => a with { SourceFile = $"section-{i % Sections}/{a.SourceFile}" }).ToImmutableArray();
        var before = GC.GetTotalMemory(forceFullCollection: true);
        var watch = Stopwatch.StartNew();
        var index = SearchIndex.Build(articles);
        var build = watch.Elapsed;
        var after = GC.GetTotalMemory(forceFullCollection: true);
        Console.WriteLine($"articles={count} build_ms={build.TotalMilliseconds:F0} index_mb={(after - before) / 1048576.0:F0} terms={index.TermCount}");
        if (mapped)
        {
            var folder = Directory.CreateTempSubdirectory("newsreader-latency-").FullName;
            var boundary = new Files.SeedsFolderBoundary(folder);
            await Persistence.IndexStore.WriteAsync(folder, "latency", index, boundary);
            watch.Restart();
            index = Persistence.IndexStore.Read(folder, "latency", articles, null, boundary).Index ?? throw new InvalidOperationException("the index written could not be read back");
            Console.WriteLine($"mapped from the snapshot store in {watch.Elapsed.TotalMilliseconds:F0} ms");
            Directory.Delete(folder, recursive: true);
        }

        // Queries that find nothing ask for a suggestion; measure them once the vocabulary is read,
        // as a site that has been up a while answers them, and report how long that took.
        watch.Restart();
        index.SuggestionsReady().Wait();
        Console.WriteLine($"suggestions_ready_ms={watch.Elapsed.TotalMilliseconds:F0}");

        var random = new Random(11);
        foreach (var kind in new[] { "one-word", "three-words", "phrase", "one-word+section", "section-listing" })
        {
            var queries = Enumerable.Range(0, QueriesPerKind).Select(_ => Request(kind, articles, random)).ToArray();
            foreach (var query in queries.Take(100))
            {
                index.Search(query);
            }

            var samples = new double[queries.Length];
            var found = 0;
            for (var i = 0; i < queries.Length; i++)
            {
                var start = Stopwatch.GetTimestamp();
                found += index.Search(queries[i]).Total > 0 ? 1 : 0;
                samples[i] = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
            }

            var slowest = queries[Array.IndexOf(samples, samples.Max())].Text;
            Array.Sort(samples);
            Console.WriteLine($"{kind}: queries={queries.Length} found={found} p50_ms={samples[samples.Length / 2]:F3} p99_ms={samples[samples.Length * 99 / 100]:F3} max_ms={samples[^1]:F3} slowest={slowest}");
        }
    }

    private static SearchRequest Request(string kind, ImmutableArray<Article> articles, Random random) => kind switch
    {
        "one-word+section" => new SearchRequest { Text = Query("one-word", articles, random), Filters = new SearchFilters { Section = $"section-{random.Next(Sections)}" }, PageSize = 20 },
        "section-listing" => new SearchRequest { Filters = new SearchFilters { Section = $"section-{random.Next(Sections)}" }, Page = 1 + random.Next(50), PageSize = 20 },
        _ => new SearchRequest { Text = Query(kind, articles, random), PageSize = 20 },
    };

    private static string Query(string kind, ImmutableArray<Article> articles, Random random)
    {
        var article = articles[random.Next(articles.Length)];
        var words = article.BodyText.Split([' ', '\n'], StringSplitOptions.RemoveEmptyEntries)
            .Select(w => w.Trim('.', ',', '“', '”', '"'))
            .Where(w => w.Length > 0)
            .ToArray();
        var at = random.Next(words.Length - 3);
        return kind switch
        {
            "one-word" => words[at],
            "three-words" => $"{words[random.Next(words.Length)]} {words[random.Next(words.Length)]} {words[random.Next(words.Length)]}",
            _ => $"\"{string.Join(' ', words, at, random.Next(2, 4))}\"",
        };
    }
}
