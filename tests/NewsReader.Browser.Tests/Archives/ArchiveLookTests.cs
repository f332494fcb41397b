using Microsoft.Playwright;
using NewsReader.Browser.Tests.Infrastructure;

namespace NewsReader.Browser.Tests.Archives;

/// <summary>
/// The archive pages on a laptop and a phone, light and dark: nothing sideways, the month links and
/// byline links big enough to tap, and a screenshot of each under artifacts/ to look at.
/// </summary>
[Collection(BrowserSuite.Name)]
public sealed class ArchiveLookTests(BrowserFixture browser)
{
    public static TheoryData<string, int, string> Rows()
    {
        var rows = new TheoryData<string, int, string>();
        foreach (var path in (string[])[FixtureSeeds.ArchivePath, FixtureSeeds.AuthorPath, "/archive", FixtureSeeds.PhotoArticlePath])
        {
            foreach (var width in (int[])[BrowserFixture.DesktopWidth, 390])
            {
                foreach (var scheme in (string[])["light", "dark"])
                {
                    rows.Add(path, width, scheme);
                }
            }
        }

        return rows;
    }

    [BrowserTheory]
    [MemberData(nameof(Rows))]
    public async Task Page_AtWidthAndScheme_FitsAndLinksAreTappable(string path, int width, string scheme)
    {
        var phone = width < BrowserFixture.DesktopWidth;
        await using var tab = await browser.OpenAsync(
            this,
            new BrowserNewContextOptions
            {
                ViewportSize = new ViewportSize { Width = width, Height = phone ? 844 : BrowserFixture.DesktopHeight },
                IsMobile = phone,
                HasTouch = phone,
                ColorScheme = scheme == "dark" ? ColorScheme.Dark : ColorScheme.Light,
            },
            label: $"{path.Trim('/').Replace('/', '-')}-{width}-{scheme}");
        var page = tab.Page;
        await page.GotoAsync(path);

        var overflow = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - innerWidth");
        var small = await page.EvaluateAsync<string[]>(
            """
            () => [...document.querySelectorAll(".archive-months a, .archive-month-list a, .byline-names a, a.archive-link")]
              .map(a => [a.textContent.trim(), a.getBoundingClientRect()])
              .filter(([, box]) => box.width < 24 || box.height < 24)
              .map(([text, box]) => `${text} ${Math.round(box.width)}x${Math.round(box.height)}`)
            """);

        Assert.True(overflow <= 0, $"{path} scrolls sideways by {overflow}px at {width}px");
        Assert.Empty(small);
    }
}
