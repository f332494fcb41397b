using System.Collections.Immutable;
using BenchmarkDotNet.Attributes;
using NewsReader.Articles;
using NewsReader.Parsing;
using NewsReader.Search;

namespace NewsReader.Benchmarks;

/// <summary>Index build and query time on a generated corpus (in memory, parsed as the app parses files).</summary>
[MemoryDiagnoser]
public class SearchBenchmarks
{
    private ImmutableArray<Article> _articles;
    private SearchIndex _index = SearchIndex.Empty;

    [Params(100_000)]
    public int Articles { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _articles = Corpus.Parse(Articles);
        _index = SearchIndex.Build(_articles);
    }

    [Benchmark]
    public SearchIndex BuildIndex() => SearchIndex.Build(_articles);

    [Benchmark]
    public int OneWord() => _index.Search("budget", 1, 20).Total;

    [Benchmark]
    public int ThreeWords() => _index.Search("minister budget talks", 1, 20).Total;

    [Benchmark]
    public int Phrase() => _index.Search("\"interest rates\"", 1, 20).Total;
}

internal static class Corpus
{
    public static ImmutableArray<Article> Parse(int count)
    {
        var texts = CorpusGenerator.Articles(count).ToArray();
        var articles = new Article[count];
        Parallel.For(0, count, i => articles[i] = ArticleFileParser.Parse(System.Text.Encoding.UTF8.GetBytes(texts[i]), $"{i:000000}.txt").Value!);
        return [.. articles];
    }
}
