using System.Text.Json;
using System.Xml.Linq;
using AngleSharp.Html.Parser;
using NewsReader.Web.Tests.Infrastructure;

namespace NewsReader.Web.Tests.Security;

/// <summary>
/// Feeds and the API carry article HTML to readers where the site's Content-Security-Policy does
/// not apply: a picture from another host there tells that host who reads what. A Markdown article
/// names such pictures in every URL form a browser accepts; none may come out.
/// </summary>
public sealed class RemoteImageEndToEndTests : IDisposable
{
    private const string Markdown = """
        ---
        title: Pictures from elsewhere
        ---

        The lead paragraph is ordinary text about a council meeting.

        ![protocol-relative](//img.evil.example/a.png)

        <img src="\\img.evil.example\b.png" alt="backslashes">
        <img src="/\img.evil.example/c.png" alt="slash backslash">
        <img src=" HTTPS://img.evil.example/d.png" alt="upper case">
        <img srcset="//img.evil.example/e.png 1x" alt="srcset">
        <picture><source srcset="//img.evil.example/f.png"><img src="//img.evil.example/g.png" alt="picture"></picture>

        Read [the source](//news.example/story) for more.
        """;

    private readonly SeedsFolder _seeds = new SeedsFolder().With("pictures.md", Markdown);
    private readonly NewsReaderFactory _factory;

    public RemoteImageEndToEndTests() => _factory = new NewsReaderFactory(_seeds);

    public void Dispose()
    {
        _factory.Dispose();
        _seeds.Dispose();
    }

    [Theory]
    [InlineData("/feed.atom")]
    [InlineData("/feed.rss")]
    public async Task Feed_MarkdownWithRemoteImages_NoRemoteImageAndExternalLinkNoopener(string path)
    {
        var feed = XDocument.Parse(await _factory.CreateClient().GetStringAsync(new Uri(path, UriKind.Relative)));
        var html = feed.Descendants().Where(e => e.Name.LocalName is "content" or "description").Select(e => e.Value).Single(v => v.Contains("council", StringComparison.Ordinal));

        AssertNoRemoteImage(html, path);
    }

    [Fact]
    public async Task Api_MarkdownWithRemoteImages_NoRemoteImageAndExternalLinkNoopener()
    {
        var client = _factory.CreateClient();
        using var list = JsonDocument.Parse(await client.GetStringAsync(new Uri("/api/articles", UriKind.Relative)));
        var id = list.RootElement.GetProperty("items")[0].GetProperty("id").GetString();
        var json = await client.GetStringAsync(new Uri($"/api/articles/{id}", UriKind.Relative));
        using var article = JsonDocument.Parse(json);

        Assert.DoesNotContain("img.evil.example", json, StringComparison.Ordinal);
        AssertNoRemoteImage(article.RootElement.GetProperty("bodyHtml").GetString()!, "API");
    }

    private static void AssertNoRemoteImage(string html, string context)
    {
        Assert.DoesNotContain("img.evil.example", html, StringComparison.Ordinal);
        var link = new HtmlParser().ParseDocument($"<body>{html}</body>").QuerySelector("a[href*='news.example']");
        Assert.NotNull(link);
        Assert.Equal("noopener noreferrer", link.GetAttribute("rel"));
        // Feeds name the site's own pictures on its full address (they are read away from the
        // site): those are the app's, not a third party's.
        NewsReader.Tests.Security.InertHtml.Assert(html.Replace("\"http://localhost/", "\"/", StringComparison.Ordinal), context);
    }
}
