using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using NewsReader.Browser.Tests.Infrastructure;

namespace NewsReader.Browser.Tests.Theming;

/// <summary>axe on the open Display panel in each theme, at desktop and phone width: names, contrast, target sizes.</summary>
[Collection(BrowserSuite.Name)]
public sealed class DisplayPanelAxeTests(BrowserFixture browser)
{
    private static readonly AxeRunOptions ViolationsOnly = new() { ResultTypes = [ResultType.Violations] };

    [BrowserTheory]
    [InlineData("light", 1280)]
    [InlineData("sepia", 1280)]
    [InlineData("dark", 1280)]
    [InlineData("light", 390)]
    [InlineData("sepia", 390)]
    [InlineData("dark", 390)]
    public async Task Axe_PanelOpenInTheme_FindsNoViolations(string theme, int width)
    {
        await using var tab = await browser.OpenAsync(this, new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = width, Height = 844 },
            ColorScheme = ColorScheme.Light,
        }, label: $"{theme}-{width}");
        var page = tab.Page;
        await page.GotoAsync(FixtureSeeds.SeedPath);
        await DisplayPanel.ChooseAsync(page, "theme", theme);
        // A non-default choice in every group, so checked and unchecked segments are both scanned.
        await DisplayPanel.ChooseAsync(page, "size", "4");
        await DisplayPanel.ChooseAsync(page, "measure", "wide");
        await DisplayPanel.ChooseAsync(page, "font", "sans");
        await page.Locator("#display-panel input[name='display-size'][value='4']").FocusAsync();

        var result = await page.RunAxe(ViolationsOnly);

        var violations = result.Violations.Select(violation =>
            $"{violation.Id} ({violation.Impact}): {violation.Help} at {string.Join(", ", violation.Nodes.Select(node => node.Target.ToString()))}").ToList();
        Assert.True(violations.Count == 0, $"axe with the Display panel open in {theme} at {width}px:\n{string.Join("\n", violations)}");
    }
}
