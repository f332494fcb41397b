using NewsReader.Browser.Tests.Infrastructure;
using static System.FormattableString;
using static Microsoft.Playwright.Assertions;

namespace NewsReader.Browser.Tests.Reading;

/// <summary>The bar across the top of an article that shows how far down the reader is.</summary>
[Collection(BrowserSuite.Name)]
public sealed class ReadingProgressTests(BrowserFixture browser)
{
    /// <summary>
    /// The bar's drawn width as a share of its track. The bounding box includes transforms, so
    /// this reads scaleX() and width-based bars alike.
    /// </summary>
    private const string Progress = """
        () => {
          const bar = document.querySelector(".reading-progress-bar").getBoundingClientRect();
          const track = document.querySelector(".reading-progress").getBoundingClientRect();
          return bar.width / (track.width || document.documentElement.clientWidth);
        }
        """;

    [BrowserFact]
    public async Task Scroll_LongArticle_BarFollowsFromEmptyToFull()
    {
        await using var tab = await browser.OpenAsync(this);
        var page = tab.Page;
        await page.GotoAsync(FixtureSeeds.LongArticlePath);
        await Expect(page.Locator(".reading-progress")).ToHaveCountAsync(1);
        await Expect(page.Locator(".reading-progress .reading-progress-bar")).ToHaveCountAsync(1);

        var atTop = await Poll.UntilAsync(() => page.EvaluateAsync<double>(Progress), value => value < 0.05);
        Assert.True(atTop < 0.05, Invariant($"At the top the bar should be empty but is {atTop:P0} full."));

        await page.EvaluateAsync("() => window.scrollTo(0, document.documentElement.scrollHeight)");
        var atBottom = await Poll.UntilAsync(() => page.EvaluateAsync<double>(Progress), value => value > 0.95);
        Assert.True(atBottom > 0.95, Invariant($"At the bottom the bar should be full but is {atBottom:P0} full."));

        await page.EvaluateAsync("() => window.scrollTo(0, 0)");
        var backAtTop = await Poll.UntilAsync(() => page.EvaluateAsync<double>(Progress), value => value < 0.05);
        Assert.True(backAtTop < 0.05, Invariant($"Back at the top the bar should be empty but is {backAtTop:P0} full."));
    }
}
