using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using NewsReader.Browser.Tests.Infrastructure;

namespace NewsReader.Browser.Tests.Images;

/// <summary>
/// A Markdown article with a lead photo, on a site of its own (the shared fixture's articles have
/// none, and other tests count them): the photo shows, loads and fits, on a laptop and on a phone.
/// </summary>
[Collection(BrowserSuite.Name)]
public sealed class LeadImageTests(BrowserFixture browser) : IAsyncLifetime
{
    private const string ArticlePath = "/articles/harbour-gets-a-new-crane";

    private string? _seeds;
    private TestSite? _site;
    private Uri? _address;

    public async Task InitializeAsync()
    {
        if (!Chromium.IsInstalled)
        {
            return;
        }

        _seeds = Directory.CreateTempSubdirectory("newsreader-browser-lead-").FullName;
        Directory.CreateDirectory(Path.Combine(_seeds, "harbour", "images"));
        await File.WriteAllBytesAsync(Path.Combine(_seeds, "harbour", "images", "lead.png"), TestImages.Png(1600, 900));
        await File.WriteAllTextAsync(
            Path.Combine(_seeds, "harbour", "crane.md"),
            "---\ntitle: Harbour gets a new crane\nimage: images/lead.png\nauthor: Ann Lee\n---\n\n"
            + "![The new crane over the quay at dawn](images/lead.png)\n\n"
            + "The harbour took delivery of its largest crane yet on Tuesday, after a voyage of six weeks.\n\n"
            + "Dock workers said it would let two ships unload at once.\n");
        _site = new TestSite(_seeds);
        _address = await _site.StartAsync();
    }

    public async Task DisposeAsync()
    {
        if (_site is not null)
        {
            await _site.DisposeAsync();
        }

        if (_seeds is not null)
        {
            Directory.Delete(_seeds, recursive: true);
        }
    }

    [BrowserTheory]
    [InlineData("desktop", 1280, 800, false)]
    [InlineData("phone", 390, 844, true)]
    public async Task LeadImage_OnDesktopAndPhone_VisibleLoadedAndInsideTheViewport(string device, int width, int height, bool phone)
    {
        await using var tab = await browser.OpenAsync(
            this,
            new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = width, Height = height }, IsMobile = phone, HasTouch = phone, DeviceScaleFactor = phone ? 2 : 1 },
            label: device);
        var page = tab.Page;
        await page.GotoAsync(new Uri(_address!, ArticlePath).ToString());
        var image = page.Locator("article img.lead-image");
        await image.WaitForAsync();

        var source = await image.EvaluateAsync<string>("img => img.currentSrc");
        var shown = await page.EvaluateAsync<int>("() => document.querySelectorAll('img').length");
        var state = await image.EvaluateAsync<double[]>(
            "async img => { await img.decode(); const box = img.getBoundingClientRect(); return [img.naturalWidth, box.left, box.right, box.top, box.width, box.height, document.documentElement.scrollWidth]; }");

        Assert.True(await image.IsVisibleAsync());
        // A copy from the app's image service, picked from srcset for this screen; and the photo once, not again in the body.
        Assert.Matches(@"/media/harbour/images/lead\.png\?w=\d+$", source);
        Assert.Equal(1, shown);
        Assert.True(state[0] > 0, "the lead image did not load");
        Assert.True(state[1] >= 0 && state[2] <= width, $"the lead image spans {state[1]}..{state[2]} on a {width}px screen");
        Assert.True(state[3] < height, $"the lead image starts at {state[3]}px, below the first screen ({height}px)");
        Assert.Equal(1600.0 / 900, state[4] / state[5], precision: 1);
        Assert.True(state[6] <= width, $"the page is {state[6]}px wide on a {width}px screen");
        var axe = await page.RunAxe(new AxeRunOptions { ResultTypes = [ResultType.Violations] });
        Assert.True(axe.Violations.Length == 0, string.Join("\n", axe.Violations.Select(v => $"{v.Id}: {v.Help}")));
    }
}
