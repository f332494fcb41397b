using System.Net;
using System.Text.Json;
using NewsReader.Web.Tests.Infrastructure;
using SkiaSharp;

namespace NewsReader.Web.Tests.AppShell;

public sealed class AppShellTests : IDisposable
{
    private const string SeedPath = "/articles/trump-open-to-meeting-kim-jong-un-during-asia-trip";

    private readonly SeedsFolder _seeds = new SeedsFolder().WithSeed();
    private readonly NewsReaderFactory _factory;

    public AppShellTests() => _factory = new NewsReaderFactory(_seeds);

    public void Dispose()
    {
        _factory.Dispose();
        _seeds.Dispose();
    }

    [Fact]
    public async Task Get_Manifest_InstallableWithIconsThatLoad()
    {
        var client = _factory.CreateClient();
        var page = await Html.ParseAsync(await client.GetAsync(new Uri("/", UriKind.Relative)));
        var href = page.QuerySelector("link[rel=manifest]")?.GetAttribute("href");

        var response = await client.GetAsync(new Uri(href!, UriKind.Relative));
        using var manifest = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var root = manifest.RootElement;

        Assert.Equal("application/manifest+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("standalone", root.GetProperty("display").GetString());
        Assert.Equal("/", root.GetProperty("start_url").GetString());
        Assert.False(string.IsNullOrWhiteSpace(root.GetProperty("short_name").GetString()));
        var icons = root.GetProperty("icons").EnumerateArray().ToList();
        Assert.Contains(icons, icon => icon.GetProperty("sizes").GetString() == "512x512" && icon.GetProperty("purpose").GetString() == "maskable");
        foreach (var icon in icons)
        {
            var png = await client.GetByteArrayAsync(new Uri(icon.GetProperty("src").GetString()!, UriKind.Relative));
            using var bitmap = SKBitmap.Decode(png);
            Assert.Equal(icon.GetProperty("sizes").GetString(), $"{bitmap.Width}x{bitmap.Height}");
        }
    }

    [Fact]
    public async Task Get_UnknownIcon_NotFound()
    {
        var response = await _factory.CreateClient().GetAsync(new Uri("/icons/icon-7.png", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Get_OfflinePage_ExplainsAndIsNotIndexed()
    {
        var response = await _factory.CreateClient().GetAsync(new Uri("/offline", UriKind.Relative));
        var document = await Html.ParseAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("You are offline", document.QuerySelector("h1")?.TextContent);
        Assert.Equal("noindex", document.QuerySelector("meta[name=robots]")?.GetAttribute("content"));
    }

    [Fact]
    public async Task Get_ServiceWorker_ServedAsScriptFromTheRoot()
    {
        var response = await _factory.CreateClient().GetAsync(new Uri("/sw.js", UriKind.Relative));
        var script = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/javascript", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("/offline", script, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_AnyPage_DisplaySettingsAppliedBeforeStylesAndShortcutsListed()
    {
        var document = await Html.ParseAsync(await _factory.CreateClient().GetAsync(new Uri("/", UriKind.Relative)));

        var settings = document.QuerySelector("head script[src^='/js/settings']");
        Assert.NotNull(settings);
        Assert.False(settings.HasAttribute("defer") || settings.HasAttribute("async"));
        Assert.Equal(["j", "k", "Enter", "/", "?"], document.Texts("dialog#shortcuts kbd"));
        Assert.NotNull(document.QuerySelector("script[src^='/js/site'][defer]"));
    }

    [Fact]
    public async Task Get_Article_QuotationsMarked()
    {
        _seeds.With("quotes.txt", "Minister holds firm\n\nThe minister said on Monday that the government would keep its plan for the budget, despite protests in the capital.\n\n“We will not back down,” she said.\n\nTalks continue.\n");
        await _factory.WaitForSnapshotAsync(snapshot => snapshot.Articles.Any(article => article.Headline == "Minister holds firm"));

        var document = await Html.ParseAsync(await _factory.CreateClient().GetAsync(new Uri("/articles/minister-holds-firm", UriKind.Relative)));

        Assert.Equal(["“We will not back down,” she said."], document.Texts(".article-body p.quote"));
    }

    [Fact]
    public async Task Get_ShortArticle_NoProgressBar()
    {
        var document = await Html.ParseAsync(await _factory.CreateClient().GetAsync(new Uri(SeedPath, UriKind.Relative)));

        Assert.Null(document.QuerySelector(".reading-progress"));
    }

    [Fact]
    public async Task Get_LongArticle_HasProgressBar()
    {
        var paragraphs = string.Join("\n\n", Enumerable.Repeat("A paragraph of a long read that keeps going with more words in it.", 80));
        _seeds.With("long.txt", $"A very long read\n\n{paragraphs}\n");
        await _factory.WaitForSnapshotAsync(snapshot => snapshot.Articles.Any(article => article.Headline == "A very long read"));

        var document = await Html.ParseAsync(await _factory.CreateClient().GetAsync(new Uri("/articles/a-very-long-read", UriKind.Relative)));

        Assert.NotNull(document.QuerySelector(".reading-progress[aria-hidden=true] .reading-progress-bar"));
    }
}
