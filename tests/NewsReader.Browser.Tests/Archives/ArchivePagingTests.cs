using Microsoft.Playwright;
using NewsReader.Browser.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace NewsReader.Browser.Tests.Archives;

/// <summary>
/// A month and an author page of more than one page: the shared site's articles on a site of their
/// own that shows one article a page, so March 2024 and Ann Lee each have two pages.
/// </summary>
[Collection(BrowserSuite.Name)]
public sealed class ArchivePagingTests(BrowserFixture browser) : IAsyncLifetime
{
    private FixtureSeeds? _seeds;
    private TestSite? _site;
    private Uri? _address;

    public async Task InitializeAsync()
    {
        if (!Chromium.IsInstalled)
        {
            return;
        }

        _seeds = FixtureSeeds.Create();
        _site = new TestSite(_seeds.Path, new Dictionary<string, string?> { ["Site:PageSize"] = "1" });
        _address = await _site.StartAsync();
    }

    public async Task DisposeAsync()
    {
        if (_site is not null)
        {
            await _site.DisposeAsync();
        }

        _seeds?.Dispose();
    }

    [BrowserTheory]
    [InlineData(FixtureSeeds.ArchivePath, "March 2024", "Harbour crane arrives after a six-week voyage", "Ferry timetable adds a Sunday crossing")]
    [InlineData(FixtureSeeds.AuthorPath, "Ann Lee", "Harbour crane arrives after a six-week voyage", "Ferry timetable adds a Sunday crossing")]
    public async Task ClickOlderThenNewer_PagedList_MovesBetweenPagesWithTheNumberShown(string path, string heading, string first, string second)
    {
        await using var tab = await browser.OpenAsync(this, label: heading.Replace(' ', '-'));
        var page = tab.Page;
        await page.GotoAsync(Url(path));
        await Expect(page.Locator(".article-list .teaser-headline")).ToHaveTextAsync([first]);

        await page.Locator(".pager a[rel=next]").ClickAsync();

        await Expect(page).ToHaveURLAsync(Url(path + "/page/2"));
        await Expect(page.Locator("h1")).ToHaveTextAsync($"{heading} – page 2");
        await Expect(page).ToHaveTitleAsync($"{heading} – page 2 – NewsReader");
        await Expect(page.Locator(".article-list .teaser-headline")).ToHaveTextAsync([second]);
        await Expect(page.Locator(".pager a[rel=next]")).ToHaveCountAsync(0);

        await page.Locator(".pager a[rel=prev]").ClickAsync();

        await Expect(page).ToHaveURLAsync(Url(path));
        await Expect(page.Locator("h1")).ToHaveTextAsync(heading);
    }

    [BrowserTheory]
    [InlineData(FixtureSeeds.ArchivePath)]
    [InlineData(FixtureSeeds.AuthorPath)]
    public async Task OpenPageOne_PagedList_LandsOnTheListsOwnAddress(string path)
    {
        await using var tab = await browser.OpenAsync(this, label: path.Replace('/', '-'));
        var page = tab.Page;

        var response = await page.GotoAsync(Url(path + "/page/1"));

        Assert.Equal(200, response?.Status);
        await Expect(page).ToHaveURLAsync(Url(path));
    }

    private string Url(string path) => new Uri(_address!, path).ToString();
}
