using System.Text.Json;
using System.Xml.Linq;
using NewsReader.Tests.Security;
using NewsReader.Web.Tests.Infrastructure;

namespace NewsReader.Web.Tests.Security;

/// <summary>
/// Every XSS vector, in a plain-text, a Markdown and a web-page article, through everything that
/// shows an article: its page, both feeds and the API. Nothing executable may come out.
/// </summary>
public sealed class XssEndToEndTests : IDisposable
{
    private static readonly string[] Vectors = File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "TestData", "xss-vectors.txt"))
        .Where(line => line.Length > 0).ToArray();

    private readonly SeedsFolder _seeds = new();
    private readonly NewsReaderFactory _factory;

    public XssEndToEndTests()
    {
        var paragraphs = string.Join("\n\n", Vectors.Select((v, i) => $"Paragraph {i}: {v}"));
        _seeds.With("vectors.txt", $"Plain text with vectors {Vectors[0]}\n\nThe lead paragraph is ordinary text about a council meeting.\n\n{paragraphs}\n");
        _seeds.With("vectors.md", $"---\ntitle: 'Markdown with vectors {Vectors[1].Replace("'", "''", StringComparison.Ordinal)}'\n---\n\nThe lead paragraph is ordinary text.\n\n{paragraphs}\n");
        var html = string.Join("", Vectors.Select(v => $"<p>A sentence of article text, long enough to count, then: {v}</p>"));
        _seeds.With("vectors.html", $"<!doctype html><html lang=\"en\"><head><title>Page with vectors</title></head><body><article><h1>Page with vectors</h1><p>The lead paragraph is ordinary text about a council meeting that went on late.</p>{html}</article></body></html>");
        _factory = new NewsReaderFactory(_seeds);
    }

    public void Dispose()
    {
        _factory.Dispose();
        _seeds.Dispose();
    }

    [Fact]
    public async Task Vectors_InEveryFormat_NothingExecutableOnPagesFeedsOrApi()
    {
        var client = _factory.CreateClient();
        using var list = JsonDocument.Parse(await client.GetStringAsync(new Uri("/api/articles?pageSize=100", UriKind.Relative)));
        var items = list.RootElement.GetProperty("items").EnumerateArray().ToList();
        Assert.Equal(3, items.Count);

        foreach (var item in items)
        {
            var id = item.GetProperty("id").GetString()!;
            using var one = JsonDocument.Parse(await client.GetStringAsync(new Uri($"/api/articles/{id}", UriKind.Relative)));
            InertHtml.Assert(one.RootElement.GetProperty("bodyHtml").GetString()!, $"API {id}");

            var url = new Uri(item.GetProperty("url").GetString()!, UriKind.Absolute);
            var page = await Html.ParseAsync(await client.GetAsync(new Uri(url.PathAndQuery, UriKind.Relative)));
            InertHtml.Assert(page.QuerySelector(".article-body")!.InnerHtml, $"page {id}");
            Assert.All(page.QuerySelectorAll("script"), script => Assert.True(
                script.GetAttribute("src")?.StartsWith("/js/", StringComparison.Ordinal) == true || script.GetAttribute("type") == "application/ld+json",
                $"page {id}: a script that is not the app's own"));
            Assert.DoesNotContain(page.All, element => element.Attributes.Any(a => a.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase)));
        }

        var atom = XDocument.Parse(await client.GetStringAsync(new Uri("/feed.atom", UriKind.Relative)));
        XNamespace a = "http://www.w3.org/2005/Atom";
        var atomContents = atom.Descendants(a + "content").Select(c => c.Value).ToList();
        Assert.Equal(3, atomContents.Count);
        Assert.All(atomContents, content => InertHtml.Assert(content, "Atom"));

        var rss = XDocument.Parse(await client.GetStringAsync(new Uri("/feed.rss", UriKind.Relative)));
        var rssContents = rss.Descendants("item").SelectMany(item => item.Elements().Where(e => e.Name.LocalName is "description" or "encoded")).Select(e => e.Value).ToList();
        Assert.NotEmpty(rssContents);
        Assert.All(rssContents, content => InertHtml.Assert(content, "RSS"));
    }
}
