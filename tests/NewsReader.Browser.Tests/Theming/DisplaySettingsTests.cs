using Microsoft.Playwright;
using NewsReader.Browser.Tests.Infrastructure;
using static System.FormattableString;
using static Microsoft.Playwright.Assertions;

namespace NewsReader.Browser.Tests.Theming;

/// <summary>
/// Text size, line width and typeface from the Display panel: each changes what the reader sees,
/// lasts across pages and reloads from the first paint, and the panel works from the keyboard and on a phone.
/// </summary>
[Collection(BrowserSuite.Name)]
public sealed class DisplaySettingsTests(BrowserFixture browser)
{
    /// <summary>The body's running text; a standfirst is set larger, as a heading is.</summary>
    private const string ArticleText = ".article-body p:not(.standfirst)";

    /// <summary>The scale settings.js's five steps put on the reading text, the middle one today's size.</summary>
    private static readonly double[] TextScale = [0.85, 0.92, 1, 1.15, 1.3];

    [BrowserFact]
    public async Task TextSize_EachStep_ScalesTheArticleText()
    {
        await using var tab = await browser.OpenAsync(this);
        var page = tab.Page;
        await page.GotoAsync(FixtureSeeds.SeedPath);
        var standard = await FontSizeAsync(page, ArticleText);

        for (var step = 1; step <= TextScale.Length; step++)
        {
            await DisplayPanel.ChooseAsync(page, "size", step.ToString(System.Globalization.CultureInfo.InvariantCulture));

            var size = await FontSizeAsync(page, ArticleText);
            Assert.True(
                Math.Abs(size - (standard * TextScale[step - 1])) < 0.6,
                Invariant($"Text size {step}: the article text is {size:0.0}px, not {TextScale[step - 1]:0.00} × {standard:0.0}px."));
        }

        // Headings and the page's furniture grow less than the reading text.
        var headline = await FontSizeAsync(page, "article h1");
        await DisplayPanel.ChooseAsync(page, "size", "3");
        var standardHeadline = await FontSizeAsync(page, "article h1");
        Assert.InRange(headline / standardHeadline, 1.05, 1.2);
    }

    [BrowserFact]
    public async Task LineWidth_NarrowStandardWide_ChangesTheColumnForHeaderAndMain()
    {
        await using var tab = await browser.OpenAsync(this);
        var page = tab.Page;
        await page.GotoAsync(FixtureSeeds.SeedPath);

        var widths = new List<double>();
        foreach (var measure in new[] { "narrow", "standard", "wide" })
        {
            await DisplayPanel.ChooseAsync(page, "measure", measure);
            var main = await WidthAsync(page, "main");
            Assert.Equal(main, await WidthAsync(page, ".site-header"), 0.5);
            widths.Add(main);
        }

        Assert.True(
            widths[0] < widths[1] - 50 && widths[1] < widths[2] - 50,
            Invariant($"Narrow, standard and wide columns should each be clearly wider than the last: {string.Join(", ", widths)}px."));
        Assert.True(widths[2] <= BrowserFixture.DesktopWidth, "The wide column must still fit the window.");
    }

    [BrowserFact]
    public async Task Typeface_Sans_SetsTheReadingTextInTheInterfaceFace()
    {
        await using var tab = await browser.OpenAsync(this);
        var page = tab.Page;
        await page.GotoAsync(FixtureSeeds.SeedPath);
        Assert.EndsWith("serif", await FontFamilyAsync(page, ArticleText), StringComparison.Ordinal);

        await DisplayPanel.ChooseAsync(page, "font", "sans");

        var sans = await FontFamilyAsync(page, ArticleText);
        Assert.StartsWith("system-ui", sans, StringComparison.Ordinal);
        Assert.EndsWith("sans-serif", sans, StringComparison.Ordinal);
        await DisplayPanel.ChooseAsync(page, "font", "serif");
        Assert.StartsWith("Charter", await FontFamilyAsync(page, ArticleText), StringComparison.Ordinal);
    }

    /// <summary>Chosen on the front page; the reload and the article are read at DOMContentLoaded with reader-controls.js blocked.</summary>
    [BrowserFact]
    public async Task Settings_KeptAfterReloadAndOnAnotherPageBeforeFirstPaint()
    {
        await using var tab = await browser.OpenAsync(this, new BrowserNewContextOptions { ServiceWorkers = ServiceWorkerPolicy.Block });
        var page = tab.Page;
        await page.AddInitScriptAsync(DisplayPanel.RecordAtDomContentLoaded);
        await page.GotoAsync(FixtureSeeds.SeedPath);
        var standard = await page.EvaluateAsync<double>("() => window.__atDomContentLoaded.fontSize");
        await page.GotoAsync("/");
        await DisplayPanel.ChooseAsync(page, "size", "5");
        await DisplayPanel.ChooseAsync(page, "measure", "narrow");
        await DisplayPanel.ChooseAsync(page, "font", "sans");
        await page.RouteAsync("**/js/reader-controls*", route => route.AbortAsync());

        foreach (var visit in new[] { "reload", "another page" })
        {
            await (visit == "reload" ? page.ReloadAsync() : page.GotoAsync(FixtureSeeds.SeedPath));

            var seen = await page.EvaluateAsync<Seen>("() => window.__atDomContentLoaded");
            Assert.True(
                seen is { Size: "5", Measure: "narrow", Font: "sans" },
                $"After a {visit}, at DOMContentLoaded <html> had size={seen.Size}, measure={seen.Measure}, font={seen.Font}.");
            Assert.StartsWith("system-ui", seen.FontFamily, StringComparison.Ordinal);
            if (visit == "another page")
            {
                Assert.Equal(standard * 1.3, seen.FontSize, 0.6);
            }
        }

        await Expect(DisplayPanel.Opener(page)).ToBeHiddenAsync();
    }

    [BrowserFact]
    public async Task Panel_Keyboard_OpensChoosesWithArrowsAndEscapeReturnsFocus()
    {
        await using var tab = await browser.OpenAsync(this, new BrowserNewContextOptions { ColorScheme = ColorScheme.Light });
        var page = tab.Page;
        await page.GotoAsync(FixtureSeeds.SeedPath);
        var opener = DisplayPanel.Opener(page);
        await opener.FocusAsync();

        await page.Keyboard.PressAsync("Enter");
        await Expect(opener).ToHaveAttributeAsync("aria-expanded", "true");
        await Expect(DisplayPanel.Panel(page)).ToBeVisibleAsync();

        await page.Keyboard.PressAsync("Tab");
        await Expect(DisplayPanel.Choice(page, "theme", "system")).ToBeFocusedAsync();
        await page.Keyboard.PressAsync("ArrowRight");
        await page.Keyboard.PressAsync("ArrowRight");
        await Expect(DisplayPanel.Choice(page, "theme", "sepia")).ToBeCheckedAsync();
        await Expect(page.Locator("html")).ToHaveAttributeAsync("data-theme", "sepia");
        var ring = await DisplayPanel.Choice(page, "theme", "sepia")
            .EvaluateAsync<string>("(input) => getComputedStyle(input.parentElement).outlineStyle");
        Assert.Equal("solid", ring);

        await page.Keyboard.PressAsync("Tab");
        await Expect(DisplayPanel.Choice(page, "size", "3")).ToBeFocusedAsync();
        await page.Keyboard.PressAsync("ArrowRight");
        await Expect(page.Locator("html")).ToHaveAttributeAsync("data-size", "4");

        await page.Keyboard.PressAsync("Escape");
        await Expect(DisplayPanel.Panel(page)).ToBeHiddenAsync();
        await Expect(opener).ToHaveAttributeAsync("aria-expanded", "false");
        await Expect(opener).ToBeFocusedAsync();

        // Space works the opener too, and the panel's own Close button gives focus back as well.
        await page.Keyboard.PressAsync("Space");
        await Expect(DisplayPanel.Panel(page)).ToBeVisibleAsync();
        await page.Locator("#display-panel [data-display-close]").FocusAsync();
        await page.Keyboard.PressAsync("Space");
        await Expect(DisplayPanel.Panel(page)).ToBeHiddenAsync();
        await Expect(opener).ToBeFocusedAsync();
    }

    [BrowserFact]
    public async Task Panel_At320Wide_FitsWithNoSideScrollAndLargeTargets()
    {
        await using var tab = await browser.OpenAsync(this, new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = 320, Height = 640 },
            IsMobile = true,
            HasTouch = true,
            DeviceScaleFactor = 2,
        });
        var page = tab.Page;
        await page.GotoAsync(FixtureSeeds.SeedPath);
        // The largest text and the widest column: the panel must still fit.
        await DisplayPanel.ChooseAsync(page, "size", "5");
        await DisplayPanel.ChooseAsync(page, "measure", "wide");

        var box = await DisplayPanel.Panel(page).BoundingBoxAsync();
        Assert.NotNull(box);
        Assert.InRange(box.X, 0, 320);
        Assert.InRange(box.X + box.Width, 0, 320);
        Assert.True(await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth") <= 320, "The page scrolls sideways with the panel open.");
        var small = await page.EvaluateAsync<string[]>("""
            () => [...document.querySelectorAll("#display-panel input, #display-panel button, .display-opener")]
              .map((element) => [element, element.getBoundingClientRect()])
              .filter(([, box]) => box.height < 44 || box.width < 24)
              .map(([element, box]) => `${element.name || element.textContent} ${Math.round(box.width)}x${Math.round(box.height)}`)
            """);
        Assert.True(small.Length == 0, $"Targets under 44px high or 24px wide: {string.Join("; ", small)}");
    }

    private static Task<double> FontSizeAsync(IPage page, string selector) =>
        page.Locator(selector).First.EvaluateAsync<double>("(element) => parseFloat(getComputedStyle(element).fontSize)");

    private static Task<string> FontFamilyAsync(IPage page, string selector) =>
        page.Locator(selector).First.EvaluateAsync<string>("(element) => getComputedStyle(element).fontFamily");

    private static Task<double> WidthAsync(IPage page, string selector) =>
        page.Locator(selector).First.EvaluateAsync<double>("(element) => element.getBoundingClientRect().width");

    /// <summary>What <see cref="DisplayPanel.RecordAtDomContentLoaded"/> saw.</summary>
    private sealed record Seen
    {
        public string? Size { get; init; }

        public string? Measure { get; init; }

        public string? Font { get; init; }

        public double FontSize { get; init; }

        public string FontFamily { get; init; } = "";
    }
}
