using Microsoft.Playwright;
using NewsReader.Browser.Tests.Infrastructure;
using static System.FormattableString;
using static Microsoft.Playwright.Assertions;

namespace NewsReader.Browser.Tests.Theming;

/// <summary>Dark and light themes: following the system, and the reader's own choice, kept across visits.</summary>
[Collection(BrowserSuite.Name)]
public sealed class ThemeTests(BrowserFixture browser)
{
    private const double DarkAtMost = 0.2;
    private const double LightAtLeast = 0.8;

    /// <summary>What site.js must have decided by the time the page is parsed, before the first paint.</summary>
    private const string RecordThemeAtDomContentLoaded = """
        document.addEventListener("DOMContentLoaded", () => {
          window.__themeAtDomContentLoaded = document.documentElement.dataset.theme ?? null;
        }, { once: true });
        """;

    [BrowserTheory]
    [InlineData("dark")]
    [InlineData("light")]
    public async Task Body_SystemColourScheme_BackgroundFollowsIt(string scheme)
    {
        await using var tab = await browser.OpenAsync(this, new BrowserNewContextOptions
        {
            ColorScheme = scheme == "dark" ? ColorScheme.Dark : ColorScheme.Light,
        }, label: scheme);
        await tab.Page.GotoAsync(FixtureSeeds.SeedPath);

        await AssertThemeAsync(tab.Page, dark: scheme == "dark");
    }

    [BrowserFact]
    public async Task ThemeToggle_Click_SwitchesThemeBothWays()
    {
        await using var tab = await browser.OpenAsync(this, new BrowserNewContextOptions { ColorScheme = ColorScheme.Light });
        var page = tab.Page;
        await page.GotoAsync("/");
        var toggle = page.Locator(".site-header #theme-toggle");
        await AssertThemeAsync(page, dark: false);

        await toggle.ClickAsync();
        await Expect(page.Locator("html")).ToHaveAttributeAsync("data-theme", "dark");
        await Expect(toggle).ToHaveAttributeAsync("aria-pressed", "true");
        await AssertThemeAsync(page, dark: true);

        await toggle.ClickAsync();
        await Expect(page.Locator("html")).ToHaveAttributeAsync("data-theme", "light");
        await Expect(toggle).ToHaveAttributeAsync("aria-pressed", "false");
        await AssertThemeAsync(page, dark: false);
    }

    [BrowserTheory]
    [InlineData("light", "dark")]
    [InlineData("dark", "light")]
    public async Task ThemeToggle_ChoiceAgainstSystem_KeptAfterReloadBeforeFirstPaint(string system, string chosen)
    {
        await using var tab = await browser.OpenAsync(this, new BrowserNewContextOptions
        {
            ColorScheme = system == "dark" ? ColorScheme.Dark : ColorScheme.Light,
        }, label: $"{system}-system");
        var page = tab.Page;
        await page.AddInitScriptAsync(RecordThemeAtDomContentLoaded);
        await page.GotoAsync("/");
        await page.Locator("#theme-toggle").ClickAsync();
        await Expect(page.Locator("html")).ToHaveAttributeAsync("data-theme", chosen);

        await page.ReloadAsync();

        Assert.Equal(chosen, await page.EvaluateAsync<string?>("() => localStorage.getItem('newsreader-theme')"));
        var atDomContentLoaded = await page.EvaluateAsync<string?>("() => window.__themeAtDomContentLoaded");
        Assert.True(
            atDomContentLoaded == chosen,
            $"data-theme at DOMContentLoaded was '{atDomContentLoaded ?? "(not set)"}', not '{chosen}': the page is painted in the system theme first.");
        await Expect(page.Locator("#theme-toggle")).ToHaveAttributeAsync("aria-pressed", chosen == "dark" ? "true" : "false");
        await AssertThemeAsync(page, dark: chosen == "dark");
    }

    private static async Task AssertThemeAsync(IPage page, bool dark)
    {
        // Polled: a colour transition may still be running just after the switch.
        var luminance = await Poll.UntilAsync(
            () => page.EvaluateAsync<double>(PageScripts.BackgroundLuminance),
            value => dark ? value < DarkAtMost : value > LightAtLeast);
        if (dark)
        {
            Assert.True(luminance < DarkAtMost, Invariant($"The background should be dark (luminance < {DarkAtMost}) but its luminance is {luminance:0.000}."));
        }
        else
        {
            Assert.True(luminance > LightAtLeast, Invariant($"The background should be light (luminance > {LightAtLeast}) but its luminance is {luminance:0.000}."));
        }
    }
}
