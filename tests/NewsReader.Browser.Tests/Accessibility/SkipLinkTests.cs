using NewsReader.Browser.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace NewsReader.Browser.Tests.Accessibility;

[Collection(BrowserSuite.Name)]
public sealed class SkipLinkTests(BrowserFixture browser)
{
    [BrowserFact]
    public async Task Tab_FirstPressThenEnter_SkipsToContent()
    {
        await using var tab = await browser.OpenAsync(this);
        var page = tab.Page;
        await page.GotoAsync("/");

        await page.Keyboard.PressAsync("Tab");
        var skip = page.Locator("a.skip-link");
        await Expect(skip).ToBeFocusedAsync();
        // It is moved off screen until focused; a keyboard user must be able to see it.
        await Expect(skip).ToBeInViewportAsync();

        await page.Keyboard.PressAsync("Enter");
        await Expect(page.Locator("#content")).ToBeFocusedAsync();
    }
}
