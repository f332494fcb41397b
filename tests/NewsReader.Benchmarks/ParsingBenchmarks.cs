using System.Text;
using BenchmarkDotNet.Attributes;
using NewsReader.Articles;
using NewsReader.Parsing;

namespace NewsReader.Benchmarks;

/// <summary>One file through <see cref="ArticleFileParser"/>, from bytes to article, in each format the seeds folder takes.</summary>
[MemoryDiagnoser]
public class ParsingBenchmarks
{
    private byte[] _plainText = [];
    private byte[] _markdown = [];
    private byte[] _webPage = [];

    [GlobalSetup]
    public void Setup()
    {
        _plainText = Encoding.UTF8.GetBytes(SampleDocuments.PlainText(4 * 1024));
        _markdown = Encoding.UTF8.GetBytes(SampleDocuments.Markdown(4 * 1024));
        _webPage = Encoding.UTF8.GetBytes(SampleWebPages.SavedPage(20 * 1024));

        // A sample the parser rejects would time the error path instead.
        Check(PlainText(), ArticleFormat.PlainText);
        Check(Markdown(), ArticleFormat.Markdown);
        Check(WebPage(), ArticleFormat.Html);
    }

    /// <summary>A seed-shaped story of about 4 KB.</summary>
    [Benchmark]
    public ParseResult<Article> PlainText() => ArticleFileParser.Parse(_plainText, "000042_3f9a1c0d5e7b2a64.txt");

    /// <summary>About 4 KB with YAML front matter and a pipe table: Markdig, then the sanitiser.</summary>
    [Benchmark]
    public ParseResult<Article> Markdown() => ArticleFileParser.Parse(_markdown, "2026/harbour-channel.md");

    /// <summary>A saved page of about 20 KB: AngleSharp, JSON-LD, Readability, then the sanitiser.</summary>
    [Benchmark]
    public ParseResult<Article> WebPage() => ArticleFileParser.Parse(_webPage, "saved/harbour-channel.html");

    private static void Check(ParseResult<Article> result, ArticleFormat format)
    {
        if (!result.IsSuccess || result.Value.Format != format)
        {
            throw new InvalidOperationException($"The {format} sample did not parse as {format}: {result.Error}");
        }
    }
}
