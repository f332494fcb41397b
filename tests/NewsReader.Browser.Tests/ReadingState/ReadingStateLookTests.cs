using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using NewsReader.Browser.Tests.Infrastructure;
using NewsReader.Browser.Tests.Listen;
using static Microsoft.Playwright.Assertions;

namespace NewsReader.Browser.Tests.ReadingState;

/// <summary>
/// The reading-state and Listen controls shown (read marks and continue reading on the front page,
/// the offer to continue, Listen playing with its bar floating): axe finds nothing in light and
/// dark, nothing is wider than a 320 px phone, and every new target is at least 44 px high.
/// </summary>
[Collection(BrowserSuite.Name)]
public sealed class ReadingStateLookTests(BrowserFixture browser)
{
    private static readonly AxeRunOptions ViolationsOnly = new() { ResultTypes = [ResultType.Violations] };

    private const string NewTargets = ".read-undo, .continue-reading a, .resume-offer button, .listen-button, .reading-history button";

    public static TheoryData<string> States => ["front-marks", "article-offer", "article-listening"];

    public static TheoryData<string, string, int, int> Looks()
    {
        var rows = new TheoryData<string, string, int, int>();
        foreach (var state in States)
        {
            foreach (var scheme in new[] { "light", "dark" })
            {
                rows.Add(state, scheme, BrowserFixture.DesktopWidth, BrowserFixture.DesktopHeight);
                rows.Add(state, scheme, 390, 844);
            }
        }

        return rows;
    }

    [BrowserTheory]
    [MemberData(nameof(States))]
    public async Task Axe_ReadingStateShown_FindsNoViolationsInLightAndDark(string state)
    {
        await using var tab = await browser.OpenAsync(this, new BrowserNewContextOptions { ColorScheme = ColorScheme.Light }, label: state);
        var page = tab.Page;
        await ShowAsync(page, state);

        var light = await page.RunAxe(ViolationsOnly);
        await page.EmulateMediaAsync(new PageEmulateMediaOptions { ColorScheme = ColorScheme.Dark });
        var dark = await page.RunAxe(ViolationsOnly);

        var violations = Describe("light", light).Concat(Describe("dark", dark)).ToList();
        Assert.True(violations.Count == 0, $"axe with {state}:\n{string.Join("\n", violations)}");
    }

    [BrowserTheory]
    [MemberData(nameof(States))]
    public async Task Layout_ReadingStateShownAt320Wide_NothingOverflowsAndTargetsAreBig(string state)
    {
        await using var tab = await browser.OpenAsync(this, new BrowserNewContextOptions
        {
            ViewportSize = new() { Width = 320, Height = 640 },
            ReducedMotion = ReducedMotion.Reduce,
        }, label: state);
        var page = tab.Page;
        await ShowAsync(page, state);

        Assert.True(
            await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= document.documentElement.clientWidth"),
            $"{state} scrolls sideways at 320 px");
        var small = await page.EvaluateAsync<string[]>(
            """
            (selector) => [...document.querySelectorAll(selector)]
              .map((element) => [element, element.getBoundingClientRect()])
              .filter(([element, box]) => box.width > 1 && (box.height < 44 || box.width < 24 || box.right > 320.5 || box.left < -0.5))
              .map(([element, box]) => `${element.className} "${element.textContent.trim().slice(0, 30)}" ${Math.round(box.left)}+${Math.round(box.width)}x${Math.round(box.height)}`)
            """,
            NewTargets);
        Assert.True(small.Length == 0, string.Join("; ", small));
    }

    /// <summary>The first screen of each state, light and dark, desktop and phone, for looking at.</summary>
    [BrowserTheory]
    [MemberData(nameof(Looks))]
    public async Task Screenshot_ReadingState_SavesPng(string state, string scheme, int width, int height)
    {
        await using var tab = await browser.OpenAsync(this, new BrowserNewContextOptions
        {
            ColorScheme = scheme == "dark" ? ColorScheme.Dark : ColorScheme.Light,
            ViewportSize = new() { Width = width, Height = height },
            ReducedMotion = ReducedMotion.Reduce,
        });
        tab.SaveScreenshotOnClose = false;
        var page = tab.Page;
        await ShowAsync(page, state);
        var path = Artifacts.PathFor(nameof(ReadingStateLookTests), $"{state}-{scheme}-{width}.png");

        await page.ScreenshotAsync(new PageScreenshotOptions { Path = path, Animations = ScreenshotAnimations.Disabled });

        Assert.True(new FileInfo(path).Length > 10_000, $"{path} is suspiciously small.");
    }

    private static async Task ShowAsync(IPage page, string state)
    {
        await page.AddInitScriptAsync(FakeSpeech.Install);
        switch (state)
        {
            case "front-marks":
                await page.GotoAsync(FixtureSeeds.PhotoArticlePath);
                await ReadingStorage.ReadLongArticlePartwayAsync(page);
                await page.GotoAsync("/");
                await Expect(page.Locator(".continue-reading")).ToBeVisibleAsync();
                await Expect(page.Locator(".teaser.is-read")).ToHaveCountAsync(2);
                break;
            case "article-offer":
                await ReadingStorage.ReadLongArticlePartwayAsync(page);
                await page.GotoAsync(FixtureSeeds.LongArticlePath);
                await Expect(page.Locator(".resume-offer")).ToBeVisibleAsync();
                break;
            default:
                await page.GotoAsync(FixtureSeeds.LongArticlePath);
                await page.GetByRole(AriaRole.Button, new() { Name = "Listen", Exact = true }).ClickAsync();
                for (var part = 1; part <= 6; part++)
                {
                    await page.EvaluateAsync("() => window.__speech.finish()");
                    await Expect(page.Locator(".article-body p").Nth(part - 1)).ToHaveAttributeAsync("aria-current", "true");
                }

                await Expect(page.Locator(".listen-bar")).ToHaveClassAsync(new System.Text.RegularExpressions.Regex(@"\bis-floating\b"));
                break;
        }
    }

    private static IEnumerable<string> Describe(string scheme, AxeResult result) =>
        result.Violations.Select(violation =>
            $"[{scheme}] {violation.Id} ({violation.Impact}): {violation.Help} at {string.Join(", ", violation.Nodes.Select(node => node.Target.ToString()))}");
}
