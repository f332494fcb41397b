using System.Text.RegularExpressions;
using Microsoft.Playwright;
using NewsReader.Browser.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace NewsReader.Browser.Tests.Navigation;

[Collection(BrowserSuite.Name)]
public sealed class NavigationTests(BrowserFixture browser)
{
    [BrowserFact]
    public async Task ClickHeadline_OnFrontPage_OpensArticleAndBackReturns()
    {
        await using var tab = await browser.OpenAsync(this);
        var page = tab.Page;
        await page.GotoAsync("/");
        var first = page.Locator(".article-list .teaser-headline a").First;
        var headline = await first.InnerTextAsync();

        await first.ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/articles/[a-z0-9-]+$"));
        await Expect(page.Locator("h1")).ToHaveTextAsync(headline);

        await page.GoBackAsync();
        await Expect(page).ToHaveURLAsync(new Uri(browser.BaseAddress, "/").ToString());
        await Expect(page.Locator("h1")).ToHaveTextAsync("Latest articles");
    }

    [BrowserFact]
    public async Task ClickOlder_OnFrontPage_ShowsTheRestOnPageTwo()
    {
        await using var tab = await browser.OpenAsync(this);
        var page = tab.Page;
        await page.GotoAsync("/");

        await page.Locator(".pager a[rel=next]").ClickAsync();

        await Expect(page.Locator(".pager-position")).ToHaveTextAsync("Page 2 of 2");
        await Expect(page.Locator("h1")).ToHaveTextAsync("Latest articles – page 2");
        await Expect(page).ToHaveTitleAsync(new Regex("^Latest articles – page 2 – "));
        await Expect(page.Locator(".article-list .teaser")).ToHaveCountAsync(FixtureSeeds.ArticleCount - 20);
    }
}
