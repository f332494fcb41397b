using System.Buffers.Binary;
using System.Text.Json;
using NewsReader.Browser.Tests.Infrastructure;

namespace NewsReader.Browser.Tests.Offline;

/// <summary>What a browser needs to offer "Install app": a linked manifest with a name, standalone display and real icons.</summary>
[Collection(BrowserSuite.Name)]
public sealed class InstallableTests(BrowserFixture browser)
{
    [BrowserFact]
    public async Task Manifest_LinkedFromFrontPage_DescribesAStandaloneAppWithIcons()
    {
        await using var tab = await browser.OpenAsync(this);
        var page = tab.Page;
        await page.GotoAsync("/");

        var href = await page.Locator("link[rel=manifest]").GetAttributeAsync("href");
        Assert.NotNull(href);
        var manifestUrl = new Uri(new Uri(page.Url), href);
        Assert.Equal("/manifest.webmanifest", manifestUrl.AbsolutePath);
        var response = await tab.Context.APIRequest.GetAsync(manifestUrl.ToString());
        Assert.Equal(200, response.Status);
        using var manifest = JsonDocument.Parse(await response.TextAsync());
        var root = manifest.RootElement;

        Assert.False(string.IsNullOrWhiteSpace(root.GetProperty("name").GetString()), "The manifest needs a name.");
        Assert.False(string.IsNullOrWhiteSpace(root.GetProperty("short_name").GetString()), "The manifest needs a short_name.");
        Assert.False(string.IsNullOrWhiteSpace(root.GetProperty("start_url").GetString()), "The manifest needs a start_url.");
        Assert.Equal("standalone", root.GetProperty("display").GetString());
        var icons = root.GetProperty("icons").EnumerateArray().ToList();
        foreach (var size in new[] { 192, 512 })
        {
            var icon = icons.FirstOrDefault(i => i.TryGetProperty("sizes", out var sizes)
                && (sizes.GetString() ?? "").Split(' ').Contains($"{size}x{size}", StringComparer.Ordinal));
            Assert.True(icon.ValueKind == JsonValueKind.Object, $"The manifest has no {size}x{size} icon.");
            await AssertPngIconAsync(tab, new Uri(manifestUrl, icon.GetProperty("src").GetString()), size);
        }
    }

    [BrowserFact]
    public async Task ServiceWorker_OnFrontPage_RegistersSwJs()
    {
        await using var tab = await browser.OpenAsync(this);
        var page = tab.Page;
        await page.GotoAsync("/");

        var script = await page.EvaluateAsync<string?>(ServiceWorkerScripts.ActiveWorkerUrl);

        Assert.NotNull(script);
        Assert.Equal("/sw.js", new Uri(script).AbsolutePath);
    }

    /// <summary>Loads the icon and reads the width and height from its PNG header, so a mislabelled image fails too.</summary>
    private static async Task AssertPngIconAsync(BrowserTab tab, Uri url, int size)
    {
        var response = await tab.Context.APIRequest.GetAsync(url.ToString());
        Assert.True(response.Status == 200, $"{url} answered {response.Status}.");
        Assert.Equal("image/png", response.Headers.GetValueOrDefault("content-type")?.Split(';')[0].Trim());
        var bytes = await response.BodyAsync();
        Assert.True(bytes.Length > 24 && bytes.AsSpan(1, 3).SequenceEqual("PNG"u8), $"{url} is not a PNG.");
        var width = BinaryPrimitives.ReadInt32BigEndian(bytes.AsSpan(16, 4));
        var height = BinaryPrimitives.ReadInt32BigEndian(bytes.AsSpan(20, 4));
        Assert.Equal((size, size), (width, height));
    }
}
