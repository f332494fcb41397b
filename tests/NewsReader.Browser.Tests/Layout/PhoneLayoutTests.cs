using Microsoft.Playwright;
using NewsReader.Browser.Tests.Infrastructure;

namespace NewsReader.Browser.Tests.Layout;

/// <summary>Small screens: nothing scrolls sideways, and everything a thumb taps is big enough to hit.</summary>
[Collection(BrowserSuite.Name)]
public sealed class PhoneLayoutTests(BrowserFixture browser)
{
    private const int NarrowestPhone = 320;
    private const int MinimumTarget = 44;

    private const string TapTargets =
        "button, input, .site-header a, .pager a, .article-nav a, .topic-cloud a, .site-footer a";

    /// <summary>
    /// Elements sticking out past the right edge whose children do not, so the message names the
    /// culprits rather than every ancestor they stretch.
    /// </summary>
    private const string WiderThanViewport = $$"""
        () => {
          {{PageScripts.Describe}}
          const width = document.documentElement.clientWidth;
          const overflows = (element) => element.getBoundingClientRect().right > width + 0.5;
          return [...document.body.querySelectorAll("*")]
            .filter((element) => overflows(element) && ![...element.children].some(overflows))
            .slice(0, 8)
            .map((element) => `${describe(element)} right=${Math.round(element.getBoundingClientRect().right)}`);
        }
        """;

    /// <summary>
    /// Shown targets smaller than the minimum. Text needs the height only (a short word is still a
    /// wide enough strip); an icon, with at most two characters of text or only an image, needs both.
    /// Elements of a pixel or less are visually hidden labels, not targets.
    /// </summary>
    private const string SmallTargets = $$"""
        ([selector, minimum]) => {
          {{PageScripts.Describe}}
          const small = [];
          for (const element of document.querySelectorAll(selector)) {
            const box = element.getBoundingClientRect();
            if (box.width <= 1 || box.height <= 1 || getComputedStyle(element).visibility === "hidden") continue;
            const text = (element.innerText || "").trim();
            const icon = element.tagName !== "INPUT" && text.length <= 2;
            if (box.height < minimum || (icon && box.width < minimum)) {
              small.push(`${describe(element)} ${Math.round(box.width)}x${Math.round(box.height)}`);
            }
          }
          return small;
        }
        """;

    public static TheoryData<string, string> Pages => SitePages.All();

    [BrowserTheory]
    [MemberData(nameof(Pages))]
    public async Task Page_At320Wide_DoesNotScrollSideways(string kind, string path)
    {
        await using var tab = await browser.OpenAsync(this, Phone(NarrowestPhone, 640), label: kind);
        var page = tab.Page;
        await page.GotoAsync(path);

        var scrollWidth = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth");

        var overflowing = scrollWidth <= NarrowestPhone ? [] : await page.EvaluateAsync<string[]>(WiderThanViewport);
        Assert.True(
            scrollWidth <= NarrowestPhone,
            $"{path} is {scrollWidth}px wide on a {NarrowestPhone}px screen. Too wide: {string.Join("; ", overflowing)}");
    }

    [BrowserTheory]
    [MemberData(nameof(Pages))]
    public async Task TapTargets_OnPhone_AreAtLeast44Pixels(string kind, string path)
    {
        await using var tab = await browser.OpenAsync(this, Phone(390, 844), label: kind);
        var page = tab.Page;
        await page.GotoAsync(path);

        var small = await page.EvaluateAsync<string[]>(SmallTargets, new object[] { TapTargets, MinimumTarget });

        Assert.True(small.Length == 0, $"Targets under {MinimumTarget}px on {path}: {string.Join("; ", small)}");
    }

    private static BrowserNewContextOptions Phone(int width, int height) => new()
    {
        ViewportSize = new ViewportSize { Width = width, Height = height },
        IsMobile = true,
        HasTouch = true,
        DeviceScaleFactor = 2,
    };
}
