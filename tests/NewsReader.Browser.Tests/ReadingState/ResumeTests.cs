using Microsoft.Playwright;
using NewsReader.Browser.Tests.Infrastructure;
using static System.FormattableString;
using static Microsoft.Playwright.Assertions;

namespace NewsReader.Browser.Tests.ReadingState;

/// <summary>A long article remembers how far the reader got and offers to continue from there.</summary>
[Collection(BrowserSuite.Name)]
public sealed class ResumeTests(BrowserFixture browser)
{
    private static readonly System.Text.RegularExpressions.Regex ContinueName = new(@"^Continue where you left off — \d+%$");

    [BrowserFact]
    public async Task ComeBack_AfterReadingPartwayOnAnotherWidth_OffersToContinueAndLandsOnTheSameParagraph()
    {
        await using var tab = await browser.OpenAsync(this, new BrowserNewContextOptions { ReducedMotion = ReducedMotion.Reduce });
        var page = tab.Page;
        await ReadingStorage.ReadLongArticlePartwayAsync(page);
        await page.GotoAsync("/");

        // Back on a phone: a narrower column wraps every paragraph differently, so pixels would be wrong.
        await page.SetViewportSizeAsync(390, 844);
        await page.GotoAsync(FixtureSeeds.LongArticlePath);
        var offer = page.GetByRole(AriaRole.Button, new() { NameRegex = ContinueName });
        await Expect(offer).ToBeVisibleAsync();
        Assert.Equal(0, await page.EvaluateAsync<double>("() => window.scrollY"));
        var offerBox = await page.Locator(".resume-offer").BoundingBoxAsync();
        Assert.NotNull(offerBox);
        Assert.True(offerBox.Y + offerBox.Height < 844, "The offer is not on the first screen.");

        await offer.ClickAsync();

        var top = await Poll.UntilAsync(
            () => page.EvaluateAsync<double>(ReadingStorage.ParagraphTop, ReadingStorage.LeftOffParagraph),
            value => Math.Abs(value + ReadingStorage.LeftOffInto) < 0.05);
        Assert.True(
            Math.Abs(top + ReadingStorage.LeftOffInto) < 0.05,
            Invariant($"Paragraph {ReadingStorage.LeftOffParagraph} should start {ReadingStorage.LeftOffInto:P0} of its height above the screen, but starts at {top:P0}."));
        await Expect(page.Locator(".resume-offer")).ToHaveCountAsync(0);
    }

    [BrowserFact]
    public async Task Dismiss_Offer_HidesItAndKeepsTheKeyboardInTheArticle()
    {
        await using var tab = await browser.OpenAsync(this);
        var page = tab.Page;
        await ReadingStorage.ReadLongArticlePartwayAsync(page);
        await page.GotoAsync(FixtureSeeds.LongArticlePath);

        await page.GetByRole(AriaRole.Button, new() { Name = "Dismiss", Exact = true }).ClickAsync();

        await Expect(page.Locator(".resume-offer")).ToHaveCountAsync(0);
        await Expect(page.Locator("main")).ToBeFocusedAsync();
    }

    [BrowserFact]
    public async Task ReachEnd_LongArticle_ForgetsThePlace()
    {
        await using var tab = await browser.OpenAsync(this);
        var page = tab.Page;
        await ReadingStorage.ReadLongArticlePartwayAsync(page);

        await page.EvaluateAsync("() => window.scrollTo(0, document.documentElement.scrollHeight)");

        var paths = await Poll.UntilAsync(() => ReadingStorage.PathsAsync(page, ReadingStorage.PlacesKey), stored => stored.Length == 0);
        Assert.Empty(paths);
        await page.GotoAsync(FixtureSeeds.LongArticlePath);
        await Expect(page.Locator(".resume-offer")).ToHaveCountAsync(0);
    }

    [BrowserFact]
    public async Task ShortArticle_Scrolled_MarkedReadWithNoPlaceStored()
    {
        await using var tab = await browser.OpenAsync(this);
        var page = tab.Page;
        await page.GotoAsync(FixtureSeeds.PhotoArticlePath);
        await page.EvaluateAsync("() => window.scrollTo(0, 300)");

        // A whole article in a screen or two has nowhere to come back to; it is still read.
        Assert.Equal([FixtureSeeds.PhotoArticlePath], await Poll.UntilAsync(() => ReadingStorage.PathsAsync(page, ReadingStorage.ReadKey), paths => paths.Length > 0));
        await page.WaitForTimeoutAsync(800);
        Assert.Null(await ReadingStorage.RawAsync(page, ReadingStorage.PlacesKey));
    }

    /// <summary>The display panel's saved choices (settings.js), which clearing the history must leave alone.</summary>
    private const string DarkSansSettings = """{"theme":"dark","size":"3","measure":"standard","font":"sans"}""";

    [BrowserFact]
    public async Task ClearReadingHistory_Footer_RemovesOfferAndMarksButNotDisplaySettings()
    {
        await using var tab = await browser.OpenAsync(this);
        var page = tab.Page;
        await ReadingStorage.ReadLongArticlePartwayAsync(page);
        await page.EvaluateAsync($"() => localStorage.setItem('newsreader-settings', '{DarkSansSettings}')");
        await page.GotoAsync(FixtureSeeds.LongArticlePath);
        await Expect(page.GetByRole(AriaRole.Button, new() { NameRegex = ContinueName })).ToBeVisibleAsync();

        var clear = page.Locator(".site-footer").GetByRole(AriaRole.Button, new() { Name = "Clear reading history" });
        await clear.ClickAsync();

        await Expect(page.Locator(".resume-offer")).ToHaveCountAsync(0);
        await Expect(page.Locator(".site-footer [role=status]")).ToHaveTextAsync("Reading history cleared.");
        Assert.Null(await ReadingStorage.RawAsync(page, ReadingStorage.ReadKey));
        Assert.Null(await ReadingStorage.RawAsync(page, ReadingStorage.PlacesKey));
        Assert.Equal(DarkSansSettings, await ReadingStorage.RawAsync(page, "newsreader-settings"));

        // Scrolling back to the top does not store the place again; coming back offers nothing.
        await page.EvaluateAsync("() => window.scrollTo(0, 0)");
        await page.GotoAsync("/");
        await page.GotoAsync(FixtureSeeds.LongArticlePath);
        await Expect(page.Locator(".resume-offer")).ToHaveCountAsync(0);
    }
}
