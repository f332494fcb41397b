using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using NewsReader.Browser.Tests.Infrastructure;

namespace NewsReader.Browser.Tests.Accessibility;

/// <summary>axe-core's automated checks (contrast, names, landmarks, ARIA) on every kind of page, in every theme.</summary>
[Collection(BrowserSuite.Name)]
public sealed class AxeTests(BrowserFixture browser)
{
    /// <summary>Only failures are reported in full: listing every passing node as well makes a scan half as slow again.</summary>
    private static readonly AxeRunOptions ViolationsOnly = new() { ResultTypes = [ResultType.Violations] };

    public static TheoryData<string, string> Pages => SitePages.All();

    /// <summary>
    /// Every theme on one loaded page: switching the emulated scheme, or the reader's sepia, changes
    /// only the colours, and a scan is the slow part, so loading the page again would only add time.
    /// </summary>
    [BrowserTheory]
    [MemberData(nameof(Pages))]
    public async Task Axe_PageInLightDarkAndSepia_FindsNoViolations(string kind, string path)
    {
        await using var tab = await browser.OpenAsync(this, new BrowserNewContextOptions { ColorScheme = ColorScheme.Light }, label: kind);
        var page = tab.Page;
        await page.GotoAsync(path);

        var light = await page.RunAxe(ViolationsOnly);
        await page.EmulateMediaAsync(new PageEmulateMediaOptions { ColorScheme = ColorScheme.Dark });
        var dark = await page.RunAxe(ViolationsOnly);
        // What settings.js sets from a saved choice; set directly, as the panel is not the subject here.
        await page.EvaluateAsync("() => { document.documentElement.dataset.theme = 'sepia'; }");
        var sepia = await page.RunAxe(ViolationsOnly);

        var violations = Describe("light", light).Concat(Describe("dark", dark)).Concat(Describe("sepia", sepia)).ToList();
        Assert.True(violations.Count == 0, $"axe on {path}:\n{string.Join("\n", violations)}");
    }

    private static IEnumerable<string> Describe(string scheme, AxeResult result) =>
        result.Violations.Select(violation =>
            $"[{scheme}] {violation.Id} ({violation.Impact}): {violation.Help} at {string.Join(", ", violation.Nodes.Select(node => node.Target.ToString()))}");
}
