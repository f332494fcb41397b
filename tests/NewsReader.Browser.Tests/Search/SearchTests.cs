using System.Text.RegularExpressions;
using NewsReader.Browser.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace NewsReader.Browser.Tests.Search;

[Collection(BrowserSuite.Name)]
public sealed class SearchTests(BrowserFixture browser)
{
    [BrowserFact]
    public async Task SearchBox_TypeNameAndPressEnter_ListsSeedFirstWithMatchesMarked()
    {
        await using var tab = await browser.OpenAsync(this);
        var page = tab.Page;
        await page.GotoAsync("/");

        // Typed key by key, as a reader would: keyboard shortcuts must leave typing alone.
        await page.Locator("#site-search-q").PressSequentiallyAsync("Kim Jong Un");
        await page.Keyboard.PressAsync("Enter");

        await Expect(page).ToHaveURLAsync(new Regex(@"/search\?q=Kim(\+|%20)Jong(\+|%20)Un$"));
        await Expect(page.Locator(".search-results .teaser-headline a").First).ToHaveTextAsync(FixtureSeeds.SeedHeadline);
        await Expect(page.Locator(".search-results mark").First).ToBeVisibleAsync();
        await Expect(page.Locator("#site-search-q")).ToHaveValueAsync("Kim Jong Un");
    }

    [BrowserFact]
    public async Task SearchBox_WordNoArticleHas_SaysNothingMatches()
    {
        await using var tab = await browser.OpenAsync(this);
        var page = tab.Page;
        await page.GotoAsync("/");

        await page.Locator("#site-search-q").FillAsync("xylophone");
        await page.Keyboard.PressAsync("Enter");

        await Expect(page.Locator(".search-summary")).ToContainTextAsync("No articles match");
        await Expect(page.Locator(".search-results")).ToHaveCountAsync(0);
    }
}
