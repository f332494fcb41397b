using Microsoft.Playwright;
using NewsReader.Browser.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace NewsReader.Browser.Tests.Offline;

/// <summary>
/// With the network gone, pages read while online still open and anything else shows the offline
/// page. Each test gets a fresh context, so its worker and caches start empty.
/// </summary>
[Collection(BrowserSuite.Name)]
public sealed class OfflineTests(BrowserFixture browser)
{
    [BrowserFact]
    public async Task Reload_ArticleReadOnline_StillShowsIt()
    {
        await using var tab = await browser.OpenAsync(this);
        var page = tab.Page;
        var cached = await ReadOnlineAsync(page);
        await tab.Context.SetOfflineAsync(true);

        await page.ReloadAsync();

        await Expect(page.Locator("h1"), cached).ToHaveTextAsync(FixtureSeeds.SeedHeadline);
    }

    [BrowserFact]
    public async Task Goto_ArticleNeverOpened_ShowsOfflinePage()
    {
        await using var tab = await browser.OpenAsync(this);
        var page = tab.Page;
        await ReadOnlineAsync(page);
        await tab.Context.SetOfflineAsync(true);

        await page.GotoAsync(FixtureSeeds.NeverOpenedPath);

        await Expect(page.Locator("h1")).ToHaveTextAsync("You are offline");
    }

    [BrowserFact]
    public async Task Goto_FrontPageVisitedOnline_StillShowsIt()
    {
        await using var tab = await browser.OpenAsync(this);
        var page = tab.Page;
        var cached = await ReadOnlineAsync(page);
        await tab.Context.SetOfflineAsync(true);

        await page.GotoAsync("/");

        await Expect(page.Locator("h1"), cached).ToHaveTextAsync("Latest articles");
        await Expect(page.Locator(".article-list .teaser").First).ToBeVisibleAsync();
    }

    /// <summary>
    /// A reader's first visit: the front page installs the worker, which controls only the pages
    /// loaded after it is active; so the front page is opened again, then the seed article.
    /// Returns what Cache Storage held then, for the failure message.
    /// </summary>
    private static async Task<string> ReadOnlineAsync(IPage page)
    {
        await page.GotoAsync("/");
        var worker = await page.EvaluateAsync<string?>(ServiceWorkerScripts.ActiveWorkerUrl);
        Assert.True(worker is not null, "No service worker became active, so nothing is kept for offline reading.");
        await page.GotoAsync("/");
        await page.GotoAsync(FixtureSeeds.SeedPath);
        await Expect(page.Locator("h1")).ToHaveTextAsync(FixtureSeeds.SeedHeadline);
        var cached = await page.EvaluateAsync<bool>(ServiceWorkerScripts.CachedWithin5Seconds, new[] { "/", FixtureSeeds.SeedPath });
        return cached
            ? "The front page and the seed article were in Cache Storage before going offline."
            : "The front page and the seed article were not both in Cache Storage before going offline.";
    }
}
