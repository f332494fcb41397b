using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using NewsReader.Browser.Tests.Infrastructure;

namespace NewsReader.Browser.Tests.Accessibility;

/// <summary>axe-core's automated checks (contrast, names, landmarks, ARIA) on every kind of page, in both themes.</summary>
[Collection(BrowserSuite.Name)]
public sealed class AxeTests(BrowserFixture browser)
{
    public static TheoryData<string, string, string> PagesInBothThemes()
    {
        var rows = new TheoryData<string, string, string>();
        foreach (var (kind, path) in SitePages.Paths)
        {
            rows.Add(kind, path, "light");
            rows.Add(kind, path, "dark");
        }

        return rows;
    }

    [BrowserTheory]
    [MemberData(nameof(PagesInBothThemes))]
    public async Task Axe_PageInColourScheme_FindsNoViolations(string kind, string path, string scheme)
    {
        await using var tab = await browser.OpenAsync(this, new BrowserNewContextOptions
        {
            ColorScheme = scheme == "dark" ? ColorScheme.Dark : ColorScheme.Light,
        }, label: $"{kind}-{scheme}");
        var page = tab.Page;
        await page.GotoAsync(path);

        var results = await page.RunAxe();

        var violations = results.Violations.Select(violation =>
            $"{violation.Id} ({violation.Impact}): {violation.Help} at {string.Join(", ", violation.Nodes.Select(node => node.Target.ToString()))}");
        Assert.True(results.Violations.Length == 0, $"axe on {path} ({scheme}):\n{string.Join("\n", violations)}");
    }
}
