using Microsoft.Playwright;
using NewsReader.Browser.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace NewsReader.Browser.Tests.Keyboard;

/// <summary>The shortcuts site.js offers on list pages: j/k between articles, / to search, ? for help.</summary>
[Collection(BrowserSuite.Name)]
public sealed class KeyboardShortcutsTests(BrowserFixture browser)
{
    public static TheoryData<string, string> ListPages => new()
    {
        { "front", "/" },
        { "search", $"/search?q={FixtureSeeds.SharedTopic}" },
        { "topic", $"/topics/{FixtureSeeds.SharedTopic.ToLowerInvariant()}" },
    };

    [BrowserTheory]
    [MemberData(nameof(ListPages))]
    public async Task JAndK_OnListPage_MoveFocusBetweenArticles(string kind, string path)
    {
        await using var tab = await browser.OpenAsync(this, label: kind);
        var page = tab.Page;
        await page.GotoAsync(path);
        var items = page.Locator("[data-list-item]");
        Assert.True(await items.CountAsync() >= 2, $"{path} should list at least two [data-list-item] elements.");

        await page.Keyboard.PressAsync("j");
        await Expect(items.Nth(0)).ToBeFocusedAsync();
        await page.Keyboard.PressAsync("j");
        await Expect(items.Nth(1)).ToBeFocusedAsync();
        await page.Keyboard.PressAsync("k");
        await Expect(items.Nth(0)).ToBeFocusedAsync();
    }

    [BrowserFact]
    public async Task Enter_OnItemFocusedWithJ_OpensThatArticle()
    {
        await using var tab = await browser.OpenAsync(this);
        var page = tab.Page;
        await page.GotoAsync("/");
        await page.Keyboard.PressAsync("j");
        await page.Keyboard.PressAsync("j");
        var second = page.Locator("[data-list-item]").Nth(1);
        await Expect(second).ToBeFocusedAsync();
        var href = await second.GetAttributeAsync("href");

        await page.Keyboard.PressAsync("Enter");

        await Expect(page).ToHaveURLAsync(new Uri(browser.BaseAddress, href).ToString());
        await Expect(page.Locator("article h1")).ToBeVisibleAsync();
    }

    [BrowserFact]
    public async Task Slash_OnFrontPage_FocusesSearchWithoutTypingIt()
    {
        await using var tab = await browser.OpenAsync(this);
        var page = tab.Page;
        await page.GotoAsync("/");

        await page.Keyboard.PressAsync("/");

        var search = page.Locator("#site-search-q");
        await Expect(search).ToBeFocusedAsync();
        await Expect(search).ToHaveValueAsync("");
    }

    [BrowserFact]
    public async Task QuestionMark_OnFrontPage_OpensHelpAndEscapeClosesIt()
    {
        await using var tab = await browser.OpenAsync(this);
        var page = tab.Page;
        await page.GotoAsync("/");
        var help = page.Locator("dialog#shortcuts");

        await page.Keyboard.PressAsync("?");
        await Expect(help).ToHaveAttributeAsync("open", "");
        await Expect(help).ToBeVisibleAsync();

        await page.Keyboard.PressAsync("Escape");
        await Expect(page.Locator("dialog#shortcuts[open]")).ToHaveCountAsync(0);
        await Expect(help).ToBeHiddenAsync();
    }

    [BrowserFact]
    public async Task ShortcutKeys_InSearchBox_AreTypedNotActedOn()
    {
        await using var tab = await browser.OpenAsync(this);
        var page = tab.Page;
        await page.GotoAsync("/");
        var search = page.Locator("#site-search-q");
        await search.ClickAsync();

        await page.Keyboard.TypeAsync("j/?k");

        await Expect(search).ToHaveValueAsync("j/?k");
        await Expect(search).ToBeFocusedAsync();
        await Expect(page.Locator("dialog#shortcuts[open]")).ToHaveCountAsync(0);
        await Expect(page).ToHaveURLAsync(new Uri(browser.BaseAddress, "/").ToString());
    }
}
