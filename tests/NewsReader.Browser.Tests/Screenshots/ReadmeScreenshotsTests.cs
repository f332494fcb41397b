using Microsoft.Playwright;
using NewsReader.Browser.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace NewsReader.Browser.Tests.Screenshots;

/// <summary>
/// The pictures for the README: front page, seed article and the article with its Display panel
/// open ("controls"), light and dark, desktop and phone,
/// written straight into the artifacts folder as front-light-desktop.png and so on. The first
/// screen only, as a reader first sees it; the per-test screenshots cover whole pages.
/// </summary>
[Collection(BrowserSuite.Name)]
public sealed class ReadmeScreenshotsTests(BrowserFixture browser)
{
    public static TheoryData<string, string, string> Shots()
    {
        var rows = new TheoryData<string, string, string>();
        foreach (var pageName in new[] { "front", "article", "controls" })
        {
            foreach (var scheme in new[] { "light", "dark" })
            {
                foreach (var device in new[] { "desktop", "phone" })
                {
                    rows.Add(pageName, scheme, device);
                }
            }
        }

        return rows;
    }

    [BrowserTheory]
    [MemberData(nameof(Shots))]
    public async Task Screenshot_PageSchemeDevice_SavesPng(string pageName, string scheme, string device)
    {
        var phone = device == "phone";
        await using var tab = await browser.OpenAsync(this, new BrowserNewContextOptions
        {
            ColorScheme = scheme == "dark" ? ColorScheme.Dark : ColorScheme.Light,
            ViewportSize = phone
                ? new ViewportSize { Width = 390, Height = 844 }
                : new ViewportSize { Width = BrowserFixture.DesktopWidth, Height = BrowserFixture.DesktopHeight },
            IsMobile = phone,
            HasTouch = phone,
            DeviceScaleFactor = phone ? 2 : 1,
        });
        tab.SaveScreenshotOnClose = false;
        var page = tab.Page;
        await page.GotoAsync(pageName == "front" ? "/" : FixtureSeeds.SeedPath);
        await Expect(page.Locator("h1")).ToBeVisibleAsync();
        if (pageName == "controls")
        {
            await page.Locator(".display-opener").ClickAsync();
            await Expect(page.Locator("#display-panel")).ToBeVisibleAsync();
        }

        var path = Artifacts.PathFor($"{pageName}-{scheme}-{device}.png");

        await page.ScreenshotAsync(new PageScreenshotOptions { Path = path, Animations = ScreenshotAnimations.Disabled });

        Assert.True(new FileInfo(path).Length > 10_000, $"{path} is suspiciously small.");
    }
}
