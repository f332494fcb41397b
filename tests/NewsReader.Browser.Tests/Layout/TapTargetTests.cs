using Microsoft.Playwright;
using NewsReader.Browser.Tests.Infrastructure;

namespace NewsReader.Browser.Tests.Layout;

/// <summary>
/// Every page of the site, at the narrowest phone, a common phone and a desktop: nothing scrolls
/// sideways, and everything a reader can tap, click or tab to is at least 24 × 24 CSS px (WCAG 2.2
/// AA, 2.5.8 Target Size (Minimum)).
/// </summary>
[Collection(BrowserSuite.Name)]
public sealed class TapTargetTests(BrowserFixture browser)
{
    private const int MinimumTarget = 24;

    /// <summary>
    /// Visible interactive elements under the minimum, named for the message. The one exception is
    /// WCAG's inline exception, kept narrow: a link inside a sentence of running text (an article
    /// body's paragraph or list item, a standfirst, a list's snippet), whose size the line of text
    /// sets. It holds only when the block has text of its own besides the link; a link that is the
    /// whole paragraph is a standalone target and must be big enough. Everything the site draws
    /// itself (header, lists, meta lines, pager, footer, forms) gets no exception.
    /// Elements of a pixel or less, or hidden, are not targets (visually hidden labels, hidden inputs).
    /// </summary>
    private const string SmallTargets = $$"""
        (minimum) => {
          {{PageScripts.Describe}}
          const interactive = "a[href], button, input, select, textarea, summary, [tabindex]:not([tabindex='-1'])";
          const runningText = ".article-body p, .article-body li, .article-body dd, .article-body td, .standfirst, .teaser-standfirst";
          const inSentence = (element) => {
            if (element.tagName !== "A") return false;
            const block = element.closest(runningText);
            if (!block) return false;
            const own = (block.textContent || "").replace(element.textContent || "", "").replace(/\s+/g, "");
            return own.length > 0;
          };
          const small = [];
          for (const element of document.querySelectorAll(interactive)) {
            const box = element.getBoundingClientRect();
            const style = getComputedStyle(element);
            if (box.width <= 1 || box.height <= 1 || style.visibility === "hidden" || element.closest("[hidden], dialog:not([open])")) continue;
            if (inSentence(element)) continue;
            if (box.width < minimum - 0.5 || box.height < minimum - 0.5) {
              small.push(`${describe(element)} ${Math.round(box.width)}x${Math.round(box.height)}`);
            }
          }
          return small;
        }
        """;

    /// <summary>Every page of <see cref="SitePages"/> at 320, 390 and 1280 px wide.</summary>
    public static TheoryData<string, string, int> PagesAndWidths()
    {
        var rows = new TheoryData<string, string, int>();
        foreach (var (kind, path) in SitePages.Paths)
        {
            foreach (var width in (int[])[320, 390, BrowserFixture.DesktopWidth])
            {
                rows.Add(kind, path, width);
            }
        }

        return rows;
    }

    [BrowserTheory]
    [MemberData(nameof(PagesAndWidths))]
    public async Task Page_AtWidth_NoSidewaysScrollAndTargetsAtLeast24Pixels(string kind, string path, int width)
    {
        var phone = width < BrowserFixture.DesktopWidth;
        await using var tab = await browser.OpenAsync(this, new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = width, Height = phone ? 720 : BrowserFixture.DesktopHeight },
            IsMobile = phone,
            HasTouch = phone,
        }, label: $"{kind}-{width}");
        var page = tab.Page;
        await page.GotoAsync(path);

        var widths = await page.EvaluateAsync<int[]>("() => [document.documentElement.scrollWidth, innerWidth]");
        var (scrollWidth, innerWidth) = (widths[0], widths[1]);
        var small = await page.EvaluateAsync<string[]>(SmallTargets, MinimumTarget);

        Assert.True(scrollWidth <= innerWidth, $"{path} scrolls sideways at {width}px: {scrollWidth}px wide.");
        Assert.True(small.Length == 0, $"Targets under {MinimumTarget}×{MinimumTarget}px on {path} at {width}px: {string.Join("; ", small)}");
    }
}
