using System.Collections.Concurrent;
using Microsoft.Playwright;
using NewsReader.Browser.Tests.Infrastructure;
using SkiaSharp;

namespace NewsReader.Browser.Tests.Images;

/// <summary>
/// Photos as a reader sees them, on a site of its own: a page saved "complete" (its pictures in
/// <c>NAME_files/</c>, one without an extension), a page whose pictures live on another site (a
/// local origin standing in for it), and a Markdown post with a lead photo and a missing picture.
/// Every picture shows with its caption, none is broken, and the browser asks nothing of any host
/// but the app's own.
/// </summary>
[Collection(BrowserSuite.Name)]
public sealed class SavedPagePhotosTests(BrowserFixture browser) : IAsyncLifetime
{
    private const string CompletePath = "/articles/ferry-returns-after-winter-repairs";
    private const string RemotePath = "/articles/harbour-quay-reopens-to-walkers";
    private const string MarkdownPath = "/articles/lantern-parade-lights-up-the-quay";

    private const string Story =
        "<p>The harbour ferry returned to service on Monday morning after eleven weeks of repairs at the boatyard, carrying more than two hundred passengers on its first crossing.</p>" +
        "<p>Engineers replaced both engines and the steering gear, which had failed twice during the autumn storms, and the hull was repainted in its old colours.</p>" +
        "<p>Commuters who had been driving the long way around the estuary said the return would save them nearly an hour each day.</p>" +
        "<p>The operator says the timetable will stay the same until the summer, when two extra evening crossings are planned.</p>";

    private string? _seeds;
    private PhotoOrigin? _origin;
    private TestSite? _site;
    private Uri? _address;

    public async Task InitializeAsync()
    {
        if (!Chromium.IsInstalled)
        {
            return;
        }

        _origin = await PhotoOrigin.StartAsync();
        _seeds = Directory.CreateTempSubdirectory("newsreader-browser-photos-").FullName;
        await WriteSeedsAsync(_seeds, _origin.Address);
        // The origin is on loopback, which the proxy refuses unless told it is a test.
        _site = new TestSite(_seeds, new Dictionary<string, string?> { ["Images:AllowPrivateHosts"] = "true" });
        _address = await _site.StartAsync();
    }

    public async Task DisposeAsync()
    {
        if (_site is not null)
        {
            await _site.DisposeAsync();
        }

        if (_origin is not null)
        {
            await _origin.DisposeAsync();
        }

        if (_seeds is not null)
        {
            Directory.Delete(_seeds, recursive: true);
        }
    }

    [BrowserTheory]
    [InlineData("desktop", 1280, 800, false)]
    [InlineData("phone", 390, 844, true)]
    public async Task Open_PagesWithPhotos_EveryPhotoShownWithItsCaptionFromTheAppsOwnAddress(string device, int width, int height, bool phone)
    {
        await using var tab = await browser.OpenAsync(
            this,
            new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = width, Height = height }, IsMobile = phone, HasTouch = phone, DeviceScaleFactor = phone ? 2 : 1 },
            label: device);
        var page = tab.Page;
        var requested = new ConcurrentQueue<string>();
        page.Request += (_, request) => requested.Enqueue(request.Url);

        var complete = await OpenAsync(page, CompletePath, device);
        Assert.Equal(2, complete.Length);
        Assert.All(complete, image => Assert.StartsWith("/media/", image.Path, StringComparison.Ordinal));
        await AssertCaptionAsync(page, "The ferry at the quay on Monday morning.", "Ana Reed");
        await AssertCaptionAsync(page, "Engineers at work on the new engines.", null);

        var remote = await OpenAsync(page, RemotePath, device);
        Assert.Equal(2, remote.Length);
        Assert.All(remote, image => Assert.StartsWith("/images/remote/", image.Path, StringComparison.Ordinal));
        await AssertCaptionAsync(page, "Walkers back on the quay on Saturday.", "Tom Hale");
        // A picture its site no longer has: left out with its caption, not shown broken.
        await Microsoft.Playwright.Assertions.Expect(page.GetByText("The railings before the repairs.")).ToBeHiddenAsync();

        var markdown = await OpenAsync(page, MarkdownPath, device);
        Assert.Equal(["/media/posts/images/parade.jpg"], markdown.Select(image => image.Path.Split('?')[0]));
        await page.GotoAsync(new Uri(_address!, "/status").ToString());
        Assert.Contains("images/not-there.jpg", await page.Locator("main").InnerTextAsync(), StringComparison.Ordinal);

        // The network log: the app's own address and nothing else; the origin was asked by the app.
        var elsewhere = requested.Where(url => new Uri(url).Authority != _address!.Authority).ToList();
        Assert.True(elsewhere.Count == 0, "requests to other hosts: " + string.Join(", ", elsewhere));
        Assert.Contains("/img/quay.jpg", _origin!.Requests);
    }

    private sealed class ShownImage
    {
        public string Path { get; set; } = "";

        public double NaturalWidth { get; set; }

        public double Right { get; set; }
    }

    /// <summary>Opens an article, scrolls through it so lazy pictures load, and returns every picture shown on it, all checked loaded and inside the screen.</summary>
    private async Task<ShownImage[]> OpenAsync(IPage page, string path, string device)
    {
        await page.GotoAsync(new Uri(_address!, path).ToString());
        await page.EvaluateAsync("async () => { for (const img of document.images) { img.scrollIntoView(); await img.decode().catch(() => {}); } window.scrollTo(0, 0); }");
        var images = await page.EvaluateAsync<ShownImage[]>(
            "() => [...document.querySelectorAll('article img')].filter(img => img.checkVisibility()).map(img => ({ path: new URL(img.currentSrc || img.src).pathname + new URL(img.currentSrc || img.src).search, naturalWidth: img.naturalWidth, right: img.getBoundingClientRect().right }))");
        var width = await page.EvaluateAsync<double>("() => document.documentElement.clientWidth");
        Assert.All(images, image => Assert.True(image.NaturalWidth > 0, $"{path}: {image.Path} did not load (a broken picture)"));
        Assert.All(images, image => Assert.True(image.Right <= width + 0.5, $"{path}: {image.Path} sticks out of a {width}px screen"));
        // Each article as the reader saw it, to look at (the tab's own screenshot is of the last page).
        var shot = Path.Combine(Artifacts.Folder, nameof(SavedPagePhotosTests), $"{device}{path.Replace('/', '-')}.png");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = shot, FullPage = true, Scale = ScreenshotScale.Css });
        return images;
    }

    private static async Task AssertCaptionAsync(IPage page, string caption, string? credit)
    {
        var figure = page.Locator("article figure").Filter(new() { HasText = caption });
        await Microsoft.Playwright.Assertions.Expect(figure.Locator("img")).ToHaveCountAsync(1);
        await Microsoft.Playwright.Assertions.Expect(figure.Locator("figcaption")).ToBeVisibleAsync();
        if (credit is not null)
        {
            await Microsoft.Playwright.Assertions.Expect(figure.Locator("figcaption")).ToContainTextAsync(credit);
        }
    }

    private static async Task WriteSeedsAsync(string seeds, Uri origin)
    {
        // Saved "complete": the page, and its pictures beside it as the browser named them.
        Directory.CreateDirectory(Path.Combine(seeds, "ferry_files"));
        await File.WriteAllBytesAsync(Path.Combine(seeds, "ferry_files", "quay-photo"), PhotoOrigin.Photo(1200, 800, new SKColor(0x6B, 0x8E, 0x23)));
        await File.WriteAllBytesAsync(Path.Combine(seeds, "ferry_files", "engines.jpg"), PhotoOrigin.Photo(900, 600, new SKColor(0x8B, 0x45, 0x13)));
        await File.WriteAllTextAsync(Path.Combine(seeds, "ferry.html"),
            "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Ferry returns after winter repairs</title></head><body><article>" +
            "<h1>Ferry returns after winter repairs</h1>" +
            "<figure><img src=\"./ferry_files/quay-photo\" alt=\"The ferry at the quay\"><figcaption>The ferry at the quay on Monday morning. <span class=\"credit\">Photo: Ana Reed</span></figcaption></figure>" +
            Story +
            "<figure><img src=\"ferry_files/engines.jpg\" alt=\"Two engineers in the engine room\"><figcaption>Engineers at work on the new engines.</figcaption></figure>" +
            "<p>Passengers can buy tickets on board or at the kiosk on the quay, where the timetable is posted.</p></article></body></html>");

        // Saved as HTML only: its pictures are still on the news site's own server.
        await File.WriteAllTextAsync(Path.Combine(seeds, "quay.html"),
            "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Harbour quay reopens to walkers</title>" +
            $"<link rel=\"canonical\" href=\"{new Uri(origin, "/news/quay-reopens")}\"><meta property=\"og:image\" content=\"{new Uri(origin, "/img/lead.jpg")}\"></head><body><article>" +
            "<h1>Harbour quay reopens to walkers</h1>" + Story +
            "<figure><img src=\"/img/quay.jpg\" alt=\"Walkers on the quay\" width=\"1200\" height=\"800\"><figcaption>Walkers back on the quay on Saturday. <span class=\"credit\">Photo: Tom Hale</span></figcaption></figure>" +
            "<p>The council says the railings will be painted in the spring, once the weather allows it.</p>" +
            "<figure><img src=\"/img/gone.jpg\" alt=\"The old railings\" width=\"1200\" height=\"800\"><figcaption>The railings before the repairs.</figcaption></figure>" +
            "<p>A guided walk along the quay is planned for the first Sunday of next month.</p></article></body></html>");

        // Markdown: a lead photo beside the post, and a picture that is not there.
        Directory.CreateDirectory(Path.Combine(seeds, "posts", "images"));
        await File.WriteAllBytesAsync(Path.Combine(seeds, "posts", "images", "parade.jpg"), PhotoOrigin.Photo(1600, 1000, new SKColor(0x30, 0x30, 0x60)));
        await File.WriteAllTextAsync(Path.Combine(seeds, "posts", "parade.md"),
            "---\ntitle: Lantern parade lights up the quay\nimage: images/parade.jpg\n---\n\n" +
            "Hundreds of lanterns made by schoolchildren were carried along the quay on Saturday evening.\n\n" +
            "![A lantern shaped like a fish](images/not-there.jpg)\n\n" +
            "The parade ended at the lighthouse, where a choir sang until the last lantern arrived.\n");
    }
}
