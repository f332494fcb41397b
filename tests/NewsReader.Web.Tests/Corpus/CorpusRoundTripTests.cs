using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using NewsReader.Web.Tests.Infrastructure;

namespace NewsReader.Web.Tests.Corpus;

/// <summary>
/// Serves a real corpus through the app and reads it back as a reader would: every distinct article
/// must be listed on the front pages and its page must hold every block of its file, in order.
/// Run with <c>NEWSREADER_CORPUS=/path/to/articles dotnet test --filter CorpusRoundTrip</c>.
/// </summary>
public sealed partial class CorpusRoundTripTests
{
    [CorpusFact]
    public async Task Serve_RealCorpus_EveryFileListedWithEveryBlockInOrder()
    {
        var folder = Environment.GetEnvironmentVariable(CorpusFactAttribute.Variable)!;
        using var seeds = new SeedsFolder();
        using var factory = new NewsReaderFactory(seeds, new Dictionary<string, string?> { ["Seeds:Path"] = folder });
        var client = factory.CreateClient();

        var links = await ListAllArticlesAsync(client);
        var served = new List<string>();
        foreach (var link in links)
        {
            var page = await Html.ParseAsync(await client.GetAsync(new Uri(link, UriKind.Relative)));
            var caption = page.QuerySelector(".photo-caption")?.TextContent.Trim();
            var captionBlock = caption is null ? [] : new[] { caption["Photo caption: ".Length..] };
            IEnumerable<string> blocks = [page.QuerySelector("h1")!.TextContent, .. captionBlock, .. page.Texts(".article-body p")];
            served.Add(string.Join("\n", blocks.Select(Normalise)));
        }

        // Files with the same article are published once (see the duplicates on /status).
        var expected = Directory.EnumerateFiles(folder, "*.txt", SearchOption.AllDirectories)
            .Select(path => string.Join("\n", Blocks(File.ReadAllText(path, Encoding.UTF8))))
            .Distinct(StringComparer.Ordinal)
            .ToList();
        Assert.Equal(links.Count, links.Distinct().Count());
        Assert.Equal(expected.Order(StringComparer.Ordinal), served.Order(StringComparer.Ordinal));
    }

    private static async Task<List<string>> ListAllArticlesAsync(HttpClient client)
    {
        var links = new List<string>();
        for (string? url = "/"; url is not null;)
        {
            var page = await Html.ParseAsync(await client.GetAsync(new Uri(url, UriKind.Relative)));
            links.AddRange(page.QuerySelectorAll(".article-list h2 a").Select(a => a.GetAttribute("href")!));
            url = page.QuerySelector("a[rel=next]")?.GetAttribute("href");
        }

        return links;
    }

    /// <summary>A file's blocks as a reader sees them: character references ("communiqu&amp;#233;") are decoded once at ingestion.</summary>
    private static IEnumerable<string> Blocks(string text) =>
        BlankLine().Split(text.Trim()).Where(block => block.Trim().Length > 0).Select(block => Normalise(WebUtility.HtmlDecode(block)));

    private static string Normalise(string text) => string.Join(' ', text.Split((char[])[' ', '\t', '\r', '\n', '\u00A0'], StringSplitOptions.RemoveEmptyEntries));

    [GeneratedRegex(@"\r?\n[ \t]*\r?\n")]
    private static partial Regex BlankLine();
}
