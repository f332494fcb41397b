using System.Text.RegularExpressions;
using Microsoft.Playwright;
using NewsReader.Browser.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace NewsReader.Browser.Tests.Archives;

/// <summary>
/// From an article to its authors and its month, and between months, on the shared site: its three
/// dated articles are by Ann Lee and Ben Okafor, two in March 2024 and one in February.
/// </summary>
[Collection(BrowserSuite.Name)]
public sealed class ArchiveNavigationTests(BrowserFixture browser)
{
    private const string FerryPath = "/articles/ferry-timetable-adds-a-sunday-crossing";

    [BrowserFact]
    public async Task ClickBylineName_OnArticle_OpensTheAuthorsPage()
    {
        await using var tab = await browser.OpenAsync(this);
        var page = tab.Page;
        await page.GotoAsync(FerryPath);

        await page.Locator(".byline-names a", new() { HasText = "Ben Okafor" }).ClickAsync();

        await Expect(page).ToHaveURLAsync(new Uri(browser.BaseAddress, FixtureSeeds.SecondAuthorPath).ToString());
        await Expect(page.Locator("h1")).ToHaveTextAsync("Ben Okafor");
        await Expect(page.Locator(".article-list .teaser-headline")).ToHaveTextAsync(["Ferry timetable adds a Sunday crossing", "Winter market draws record crowds"]);
    }

    [BrowserFact]
    public async Task ClickDate_OnArticle_OpensItsMonth()
    {
        await using var tab = await browser.OpenAsync(this);
        var page = tab.Page;
        await page.GotoAsync(FixtureSeeds.PhotoArticlePath);

        await page.Locator("a.archive-link").ClickAsync();

        await Expect(page).ToHaveURLAsync(new Uri(browser.BaseAddress, FixtureSeeds.ArchivePath).ToString());
        await Expect(page.Locator("h1")).ToHaveTextAsync("March 2024");
        await Expect(page.Locator(".article-list .teaser-headline")).ToHaveTextAsync(["Harbour crane arrives after a six-week voyage", "Ferry timetable adds a Sunday crossing"]);
    }

    [BrowserFact]
    public async Task ClickOlderAndNewerMonth_OnArchive_MovesBetweenMonthsWithArticles()
    {
        await using var tab = await browser.OpenAsync(this);
        var page = tab.Page;
        await page.GotoAsync(FixtureSeeds.ArchivePath);
        await Expect(page.Locator(".archive-newer")).ToHaveCountAsync(0);

        await page.Locator(".archive-months a", new() { HasText = "February 2024" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Uri(browser.BaseAddress, FixtureSeeds.EarlierArchivePath).ToString());
        await Expect(page.Locator("h1")).ToHaveTextAsync("February 2024");
        await Expect(page.Locator(".article-list .teaser-headline")).ToHaveTextAsync(["Winter market draws record crowds"]);
        await Expect(page.Locator(".archive-older")).ToHaveCountAsync(0);

        await page.Locator(".archive-months a", new() { HasText = "March 2024" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Uri(browser.BaseAddress, FixtureSeeds.ArchivePath).ToString());
    }

    [BrowserFact]
    public async Task ClickFooterArchive_AnyPage_ListsTheMonths()
    {
        await using var tab = await browser.OpenAsync(this);
        var page = tab.Page;
        await page.GotoAsync("/");

        await page.Locator(".site-footer a", new() { HasText = "Archive" }).ClickAsync();

        await Expect(page).ToHaveURLAsync(new Regex("/archive$"));
        await Expect(page.Locator(".archive-month-list a")).ToHaveTextAsync(["March 2024", "February 2024"]);
    }
}
