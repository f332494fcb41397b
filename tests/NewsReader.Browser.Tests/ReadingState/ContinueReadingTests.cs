using Microsoft.Playwright;
using NewsReader.Browser.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace NewsReader.Browser.Tests.ReadingState;

/// <summary>"Continue reading" on the front page: the unfinished articles, how far the reader got, a way back in.</summary>
[Collection(BrowserSuite.Name)]
public sealed class ContinueReadingTests(BrowserFixture browser)
{
    [BrowserFact]
    public async Task FrontPage_AfterLeavingLongArticlePartway_ListsItUntilCleared()
    {
        await using var tab = await browser.OpenAsync(this, new BrowserNewContextOptions { ReducedMotion = ReducedMotion.Reduce });
        var page = tab.Page;
        await page.GotoAsync("/");
        var section = page.Locator(".continue-reading");
        await Expect(section).ToBeHiddenAsync();

        await ReadingStorage.ReadLongArticlePartwayAsync(page);
        await page.GotoAsync("/");

        await Expect(section).ToBeVisibleAsync();
        await Expect(section.GetByRole(AriaRole.Heading, new() { Name = "Continue reading" })).ToBeVisibleAsync();
        var items = section.Locator("li");
        await Expect(items).ToHaveCountAsync(1);
        await Expect(items.GetByRole(AriaRole.Link)).ToHaveTextAsync(ReadingStorage.LongArticleHeadline);
        await Expect(items).ToContainTextAsync(new System.Text.RegularExpressions.Regex(@"\d{1,2}% read$"));

        // The link is the choice to continue: it lands on the paragraph left off, with no offer in between.
        await items.GetByRole(AriaRole.Link).ClickAsync();
        // At the article, without the fragment the link carried: a reload must not jump again.
        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex(FixtureSeeds.LongArticlePath + "$"));
        var top = await Poll.UntilAsync(
            () => page.EvaluateAsync<double>(ReadingStorage.ParagraphTop, ReadingStorage.LeftOffParagraph),
            value => Math.Abs(value + ReadingStorage.LeftOffInto) < 0.05);
        Assert.True(Math.Abs(top + ReadingStorage.LeftOffInto) < 0.05, $"Paragraph top at {top} of its height");
        await Expect(page.Locator(".resume-offer")).ToHaveCountAsync(0);

        await page.GotoAsync("/");
        await page.Locator(".site-footer").GetByRole(AriaRole.Button, new() { Name = "Clear reading history" }).ClickAsync();
        await Expect(section).ToBeHiddenAsync();
        await Expect(page.Locator(".read-state")).ToHaveCountAsync(0);
        await page.ReloadAsync();
        await Expect(section).ToBeHiddenAsync();
    }

    [BrowserFact]
    public async Task FrontPage_FiveUnfinished_ShowsNewestThreeAsText()
    {
        await using var tab = await browser.OpenAsync(this);
        var page = tab.Page;
        await page.GotoAsync("/");
        // Headlines come from storage: one that looks like markup must stay text.
        await page.EvaluateAsync(
            """
            (key) => localStorage.setItem(key, JSON.stringify(
              Array.from({ length: 5 }, (_, i) => ({ p: `/articles/unfinished-${i}`, h: `<img src=x alt=x>Unfinished ${i}`, t: i, i: 3, f: 0.5, pct: 0.25 }))))
            """,
            ReadingStorage.PlacesKey);
        await page.ReloadAsync();

        var links = page.Locator(".continue-reading li a");
        await Expect(links).ToHaveTextAsync(["<img src=x alt=x>Unfinished 4", "<img src=x alt=x>Unfinished 3", "<img src=x alt=x>Unfinished 2"]);
        await Expect(page.Locator(".continue-reading img")).ToHaveCountAsync(0);
        await Expect(page.Locator(".continue-reading li").First).ToContainTextAsync("25% read");
    }

    [BrowserFact]
    public async Task LaterFrontPage_WithUnfinishedArticle_HasNoContinueReading()
    {
        await using var tab = await browser.OpenAsync(this);
        var page = tab.Page;
        await ReadingStorage.ReadLongArticlePartwayAsync(page);
        await page.GotoAsync("/");
        await Expect(page.Locator(".continue-reading")).ToBeVisibleAsync();

        await page.Locator(".pager a[rel=next]").ClickAsync();

        await Expect(page.Locator(".continue-reading")).ToHaveCountAsync(0);
    }
}
