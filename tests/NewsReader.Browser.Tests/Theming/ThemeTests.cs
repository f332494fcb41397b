using System.Text.RegularExpressions;
using Microsoft.Playwright;
using NewsReader.Browser.Tests.Infrastructure;
using static System.FormattableString;
using static Microsoft.Playwright.Assertions;

namespace NewsReader.Browser.Tests.Theming;

/// <summary>
/// The themes: the system's by default and under "System", or the reader's own choice of light,
/// sepia or dark from the Display panel, kept across visits and applied before the first paint.
/// </summary>
[Collection(BrowserSuite.Name)]
public sealed class ThemeTests(BrowserFixture browser)
{
    /// <summary>WCAG relative luminance of the page's background: light paper, sepia's warmer and darker paper, dark.</summary>
    private static readonly Dictionary<string, (double AtLeast, double AtMost)> Luminance = new()
    {
        ["light"] = (0.9, 1),
        ["sepia"] = (0.7, 0.88),
        ["dark"] = (0, 0.2),
    };

    private static readonly Regex AnyValue = new(".", RegexOptions.None, TimeSpan.FromSeconds(1));

    [BrowserTheory]
    [InlineData("dark")]
    [InlineData("light")]
    public async Task Body_SystemColourScheme_BackgroundFollowsIt(string scheme)
    {
        await using var tab = await browser.OpenAsync(this, System(scheme), label: scheme);
        await tab.Page.GotoAsync(FixtureSeeds.SeedPath);

        await AssertThemeAsync(tab.Page, scheme);
        await Expect(DisplayPanel.Choice(tab.Page, "theme", "system")).ToBeCheckedAsync();
    }

    /// <summary>Each theme chosen against the system's opposite, so the system cannot be what passes the test.</summary>
    [BrowserTheory]
    [InlineData("light", "dark")]
    [InlineData("sepia", "dark")]
    [InlineData("dark", "light")]
    public async Task ThemeChoice_AgainstSystem_SetsItsBackgroundAndColourScheme(string chosen, string system)
    {
        await using var tab = await browser.OpenAsync(this, System(system), label: chosen);
        var page = tab.Page;
        await page.GotoAsync(FixtureSeeds.SeedPath);

        await DisplayPanel.ChooseAsync(page, "theme", chosen);

        await Expect(page.Locator("html")).ToHaveAttributeAsync("data-theme", chosen);
        await AssertThemeAsync(page, chosen);
        var scheme = await page.EvaluateAsync<string>("() => getComputedStyle(document.documentElement).colorScheme");
        Assert.Equal(chosen == "dark" ? "dark" : "light", scheme);
    }

    [BrowserFact]
    public async Task ThemeChoice_SystemAfterDark_FollowsTheSystemAgain()
    {
        await using var tab = await browser.OpenAsync(this, System("light"));
        var page = tab.Page;
        await page.GotoAsync("/");
        await DisplayPanel.ChooseAsync(page, "theme", "dark");
        await AssertThemeAsync(page, "dark");

        await DisplayPanel.ChooseAsync(page, "theme", "system");

        await Expect(page.Locator("html")).Not.ToHaveAttributeAsync("data-theme", AnyValue);
        await AssertThemeAsync(page, "light");
        await page.EmulateMediaAsync(new PageEmulateMediaOptions { ColorScheme = ColorScheme.Dark });
        await AssertThemeAsync(page, "dark");
    }

    /// <summary>
    /// The reload and the next page run without reader-controls.js (blocked), and the theme is read at
    /// DOMContentLoaded: only the blocking head script can have applied it, so there is no flash of the system's theme.
    /// </summary>
    [BrowserTheory]
    [InlineData("sepia", "dark")]
    [InlineData("dark", "light")]
    [InlineData("light", "dark")]
    public async Task ThemeChoice_KeptAfterReloadAndOnAnotherPageBeforeFirstPaint(string chosen, string system)
    {
        var options = System(system);
        options.ServiceWorkers = ServiceWorkerPolicy.Block;
        await using var tab = await browser.OpenAsync(this, options, label: chosen);
        var page = tab.Page;
        await page.AddInitScriptAsync(DisplayPanel.RecordAtDomContentLoaded);
        await page.GotoAsync("/");
        await DisplayPanel.ChooseAsync(page, "theme", chosen);
        await page.RouteAsync("**/js/reader-controls*", route => route.AbortAsync());

        foreach (var visit in new[] { "reload", "another page" })
        {
            await (visit == "reload" ? page.ReloadAsync() : page.GotoAsync(FixtureSeeds.SeedPath));

            var theme = await page.EvaluateAsync<string?>("() => window.__atDomContentLoaded.theme");
            var luminance = await page.EvaluateAsync<double>("() => window.__atDomContentLoaded.luminance");
            Assert.True(theme == chosen, $"After a {visit}, data-theme at DOMContentLoaded was '{theme ?? "(not set)"}', not '{chosen}': the page is painted in the system theme first.");
            AssertLuminance(chosen, luminance, $"at DOMContentLoaded after a {visit}");
        }

        await page.UnrouteAllAsync();
        await page.ReloadAsync();
        await DisplayPanel.OpenAsync(page);
        await Expect(DisplayPanel.Choice(page, "theme", chosen)).ToBeCheckedAsync();
    }

    /// <summary>Readers who chose dark with the old toggle keep it: the old key becomes the new settings.</summary>
    [BrowserFact]
    public async Task OldThemeKey_Saved_MigratedBeforeFirstPaint()
    {
        await using var tab = await browser.OpenAsync(this, System("light"));
        var page = tab.Page;
        await page.AddInitScriptAsync(DisplayPanel.RecordAtDomContentLoaded);
        await page.GotoAsync("/");
        await page.EvaluateAsync("() => { localStorage.clear(); localStorage.setItem('newsreader-theme', 'dark'); }");

        await page.ReloadAsync();

        Assert.Equal("dark", await page.EvaluateAsync<string?>("() => window.__atDomContentLoaded.theme"));
        Assert.Null(await page.EvaluateAsync<string?>("() => localStorage.getItem('newsreader-theme')"));
        Assert.Equal("dark", await page.EvaluateAsync<string?>($"() => JSON.parse(localStorage.getItem('{DisplayPanel.StorageKey}')).theme"));
        await AssertThemeAsync(page, "dark");
    }

    [BrowserFact]
    public async Task SavedSettings_Damaged_DefaultsApply()
    {
        await using var tab = await browser.OpenAsync(this, System("light"));
        var page = tab.Page;
        await page.GotoAsync("/");
        await page.EvaluateAsync($"() => localStorage.setItem('{DisplayPanel.StorageKey}', '{{\"theme\":\"neon\",\"size\":\"99\"')");

        await page.ReloadAsync();

        await Expect(page.Locator("html")).Not.ToHaveAttributeAsync("data-theme", AnyValue);
        await Expect(page.Locator("html")).Not.ToHaveAttributeAsync("data-size", AnyValue);
        await AssertThemeAsync(page, "light");
        await Expect(DisplayPanel.Opener(page)).ToBeVisibleAsync();
    }

    private static BrowserNewContextOptions System(string scheme) =>
        new() { ColorScheme = scheme == "dark" ? ColorScheme.Dark : ColorScheme.Light };

    private static async Task AssertThemeAsync(IPage page, string theme)
    {
        var (atLeast, atMost) = Luminance[theme];
        // Polled: a colour transition may still be running just after the switch.
        var luminance = await Poll.UntilAsync(
            () => page.EvaluateAsync<double>(PageScripts.BackgroundLuminance),
            value => value >= atLeast && value <= atMost);
        AssertLuminance(theme, luminance, "now");
    }

    private static void AssertLuminance(string theme, double luminance, string when)
    {
        var (atLeast, atMost) = Luminance[theme];
        Assert.True(
            luminance >= atLeast && luminance <= atMost,
            Invariant($"The background should be {theme} (luminance {atLeast}–{atMost}) {when}, but its luminance is {luminance:0.000}."));
    }
}
