using Microsoft.Playwright;
using NewsReader.Browser.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace NewsReader.Browser.Tests.ReadingState;

/// <summary>Articles opened are marked read in every list of articles, and can be marked unread.</summary>
[Collection(BrowserSuite.Name)]
public sealed class ReadMarkTests(BrowserFixture browser)
{
    private const string PhotoHeadline = "Harbour crane arrives after a six-week voyage";

    /// <summary>An article that names Busan, so a search for it lists the article.</summary>
    private const string BusanArticlePath = "/articles/night-buses-return-to-the-northern-suburbs";

    [BrowserFact]
    public async Task FrontPage_AfterOpeningArticle_MarksItReadUntilMarkedUnread()
    {
        await using var tab = await browser.OpenAsync(this);
        var page = tab.Page;
        await page.GotoAsync("/");
        await Expect(page.Locator(".read-state")).ToHaveCountAsync(0);

        await page.GotoAsync(FixtureSeeds.PhotoArticlePath);
        await page.GotoAsync("/");

        var teaser = page.Locator($".teaser:has(a[href='{FixtureSeeds.PhotoArticlePath}'])");
        await Expect(teaser).ToHaveClassAsync(new System.Text.RegularExpressions.Regex(@"\bis-read\b"));
        // Not by colour alone: a label says so in words.
        await Expect(teaser.Locator(".read-label")).ToHaveTextAsync("Read");
        await Expect(teaser.Locator(".read-label")).ToBeVisibleAsync();
        // Only the one article opened is marked.
        await Expect(page.Locator(".teaser.is-read")).ToHaveCountAsync(1);

        var unread = page.GetByRole(AriaRole.Button, new() { Name = $"Mark unread: {PhotoHeadline}", Exact = true });
        await Expect(unread).ToBeVisibleAsync();
        var box = await unread.BoundingBoxAsync();
        Assert.NotNull(box);
        Assert.True(box.Width >= 24 && box.Height >= 44, $"Mark unread is {box.Width}x{box.Height}");

        // By keyboard: focus it, press Enter.
        await unread.FocusAsync();
        await page.Keyboard.PressAsync("Enter");

        await Expect(teaser.Locator(".read-state")).ToHaveCountAsync(0);
        await Expect(teaser).Not.ToHaveClassAsync(new System.Text.RegularExpressions.Regex(@"\bis-read\b"));
        await Expect(teaser.Locator(".teaser-headline a")).ToBeFocusedAsync();
        await Expect(page.GetByRole(AriaRole.Status).Filter(new() { HasText = "Marked unread" })).ToHaveCountAsync(1);
        Assert.DoesNotContain(FixtureSeeds.PhotoArticlePath, await ReadingStorage.PathsAsync(page, ReadingStorage.ReadKey));

        await page.ReloadAsync();
        await Expect(page.Locator(".teaser.is-read")).ToHaveCountAsync(0);
    }

    [BrowserFact]
    public async Task SearchResultsAndBackNavigation_AfterOpeningArticle_MarkItRead()
    {
        await using var tab = await browser.OpenAsync(this);
        var page = tab.Page;
        await page.GotoAsync($"/search?q={FixtureSeeds.SharedTopic}");
        await page.Locator($".teaser-headline a[href='{BusanArticlePath}']").ClickAsync();
        await Expect(page.Locator("article.article h1")).ToBeVisibleAsync();
        // The visit is recorded by a deferred script, which may run after the headline shows; a reader
        // is never that quick, but a test is, so it waits for the record before going back.
        var read = await Poll.UntilAsync(() => ReadingStorage.PathsAsync(page, ReadingStorage.ReadKey), paths => paths.Contains(BusanArticlePath));
        Assert.Contains(BusanArticlePath, read);

        // Back to the results, perhaps from the back/forward cache: the list still learns of the visit.
        await page.GoBackAsync();
        var teaser = page.Locator($".teaser:has(a[href='{BusanArticlePath}'])");
        await Expect(teaser.Locator(".read-label")).ToBeVisibleAsync();
        await Expect(page.Locator(".teaser.is-read")).ToHaveCountAsync(1);
    }

    [BrowserFact]
    public async Task RelatedReading_AfterOpeningOne_MarksItUntilHistoryCleared()
    {
        await using var tab = await browser.OpenAsync(this);
        var page = tab.Page;
        await page.GotoAsync(BusanArticlePath);
        var related = page.Locator(".related li > a").First;
        var path = new Uri(await related.EvaluateAsync<string>("(link) => link.href")).AbsolutePath;
        await related.ClickAsync();
        // Deferred scripts (the one that records the visit) have run by DOMContentLoaded; the load
        // event also waits for pictures, which a loaded CI machine took over ten seconds to serve.
        await page.WaitForURLAsync($"**{path}", new() { WaitUntil = WaitUntilState.DOMContentLoaded });
        await page.GotoAsync(BusanArticlePath);

        var item = page.Locator($".related li:has(> a[href='{path}'])");
        await Expect(item.Locator(".read-label")).ToBeVisibleAsync();
        await Expect(item.GetByRole(AriaRole.Button, new() { NameRegex = new("^Mark unread: ") })).ToBeVisibleAsync();
        await page.Locator(".related").ScreenshotAsync(new() { Path = Artifacts.PathFor(nameof(ReadMarkTests), "related-marked.png") });

        var footer = page.Locator(".site-footer");
        await footer.GetByRole(AriaRole.Button, new() { Name = "Clear reading history" }).ClickAsync();
        await Expect(page.Locator(".related .read-state")).ToHaveCountAsync(0);
        await Expect(footer.GetByRole(AriaRole.Status)).ToHaveTextAsync("Reading history cleared.");
        await footer.ScreenshotAsync(new() { Path = Artifacts.PathFor(nameof(ReadMarkTests), "footer-cleared.png") });
    }

    [BrowserFact]
    public async Task ReadMarks_ManyStored_KeepsOnlyTheNewest500()
    {
        await using var tab = await browser.OpenAsync(this);
        var page = tab.Page;
        await page.GotoAsync("/");
        await page.EvaluateAsync(
            """
            (key) => localStorage.setItem(key, JSON.stringify(
              Array.from({ length: 600 }, (_, i) => ({ p: `/articles/old-${i}`, h: `Old ${i}`, t: i }))))
            """,
            ReadingStorage.ReadKey);

        await page.GotoAsync(FixtureSeeds.PhotoArticlePath);

        var paths = await ReadingStorage.PathsAsync(page, ReadingStorage.ReadKey);
        Assert.Equal(500, paths.Length);
        Assert.Equal(FixtureSeeds.PhotoArticlePath, paths[^1]);
        Assert.DoesNotContain("/articles/old-100", paths);
        Assert.Contains("/articles/old-599", paths);
    }

    [BrowserFact]
    public async Task ReadMarks_StorageBlocked_PageStillWorks()
    {
        await using var tab = await browser.OpenAsync(this);
        var page = tab.Page;
        var errors = new List<string>();
        page.PageError += (_, error) => errors.Add(error);
        await page.AddInitScriptAsync(
            """
            Object.defineProperty(window, "localStorage", { configurable: true, get() { throw new DOMException("blocked", "SecurityError"); } });
            """);
        await page.GotoAsync(FixtureSeeds.PhotoArticlePath);
        await page.GotoAsync("/");

        await Expect(page.Locator(".teaser")).Not.ToHaveCountAsync(0);
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Clear reading history" })).ToBeVisibleAsync();
        Assert.Empty(errors);
    }
}
