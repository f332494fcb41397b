using System.Text;
using BenchmarkDotNet.Attributes;
using NewsReader.Articles;
using NewsReader.Parsing;
using NewsReader.Serving;

namespace NewsReader.Benchmarks;

/// <summary>
/// The body rendered once per plain-text article, the page cached once per snapshot (ETag, gzip,
/// Brotli), and what every request then costs on the fast path: choosing a coding and checking
/// <c>If-None-Match</c>.
/// </summary>
[MemoryDiagnoser]
public class RenderingBenchmarks
{
    private const string HtmlContentType = "text/html; charset=utf-8";

    private Article _article = null!;
    private byte[] _page = [];
    private string _etag = "";
    private string _currentTag = "";
    private string _staleTags = "";
    private string _acceptEncoding = "";

    [GlobalSetup]
    public void Setup()
    {
        var text = Encoding.UTF8.GetBytes(SampleDocuments.PlainText(4 * 1024));
        _article = ArticleFileParser.Parse(text, "000042_3f9a1c0d5e7b2a64.txt").Value
            ?? throw new InvalidOperationException("The plain-text sample did not parse");
        _page = Encoding.UTF8.GetBytes(SampleWebPages.ServedPage(BodyHtml(), 12 * 1024));
        var cached = CachedPage.Create(_page, HtmlContentType);
        _etag = cached.BrotliETag;

        // Headers arrive as strings of their own, never the cached instance, so no comparison is free.
        _currentTag = new string(cached.BrotliETag.AsSpan());
        _staleTags = $"W/\"{new string('a', 22)}-br\", \"{new string('b', 22)}-gz\"";
        _acceptEncoding = "gzip, deflate, br, zstd";
    }

    /// <summary>A seed-shaped article of about 4 KB, every block HTML-encoded.</summary>
    [Benchmark]
    public string BodyHtml() => ArticleHtml.Render(_article.Body, _article.Standfirst);

    /// <summary>A 12 KB page: SHA-256 for the tag, gzip, Brotli at quality 9.</summary>
    [Benchmark]
    public CachedPage CachePage() => CachedPage.Create(_page, HtmlContentType);

    /// <summary>What current Chrome and Firefox send.</summary>
    [Benchmark]
    public ContentCoding ChooseCoding() => AcceptEncoding.Choose(_acceptEncoding);

    /// <summary>A revisit with the current tag: the 304 case.</summary>
    [Benchmark]
    public bool MatchesCurrent() => CachedPage.Matches(_currentTag, _etag);

    /// <summary>A revisit after the page changed: every listed tag is compared and none matches.</summary>
    [Benchmark]
    public bool MatchesStale() => CachedPage.Matches(_staleTags, _etag);
}
