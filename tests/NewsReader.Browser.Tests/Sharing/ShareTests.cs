using Microsoft.Playwright;
using NewsReader.Browser.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace NewsReader.Browser.Tests.Sharing;

[Collection(BrowserSuite.Name)]
public sealed class ShareTests(BrowserFixture browser)
{
    [BrowserFact]
    public async Task CopyLink_WithClipboardAllowed_CopiesPermalinkAndSaysSo()
    {
        await using var tab = await browser.OpenAsync(this, new BrowserNewContextOptions
        {
            Permissions = ["clipboard-read", "clipboard-write"],
        });
        var page = tab.Page;
        await page.GotoAsync(FixtureSeeds.SeedPath);

        // Hidden in the markup and shown by share.js: a visible button proves the script ran.
        await page.Locator("button[data-copy-target=permalink]").ClickAsync();

        await Expect(page.Locator(".share-status")).ToHaveTextAsync("Link copied to the clipboard.");
        var permalink = await page.Locator("#permalink").InputValueAsync();
        var copied = await page.EvaluateAsync<string>("() => navigator.clipboard.readText()");
        Assert.Equal(permalink, copied);
        Assert.EndsWith(FixtureSeeds.SeedPath, permalink, StringComparison.Ordinal);
    }
}
