using System.Text.RegularExpressions;
using Microsoft.Playwright;
using NewsReader.Browser.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace NewsReader.Browser.Tests.Layout;

/// <summary>
/// The front page as a reader chooses from it: thumbnails beside the text, the topics row, and
/// the column the footer shares with the page; plus the article page's wide content and related list.
/// </summary>
[Collection(BrowserSuite.Name)]
public sealed class FrontPageLayoutTests(BrowserFixture browser)
{
    private const string Box = "(element) => { const r = element.getBoundingClientRect(); return [r.left, r.top, r.width, r.height, r.right]; }";

    private static BrowserNewContextOptions Viewport(int width, ColorScheme scheme = ColorScheme.Light) => new()
    {
        ViewportSize = new ViewportSize { Width = width, Height = width < BrowserFixture.DesktopWidth ? 844 : BrowserFixture.DesktopHeight },
        IsMobile = width < BrowserFixture.DesktopWidth,
        HasTouch = width < BrowserFixture.DesktopWidth,
        ColorScheme = scheme,
    };

    [BrowserTheory]
    [InlineData(BrowserFixture.DesktopWidth, 150)]
    [InlineData(390, 96)]
    [InlineData(320, 96)]
    public async Task Thumbnail_OnFrontPage_LoadedBesideTheHeadlineInItsFrame(int width, int frameWidth)
    {
        await using var tab = await browser.OpenAsync(this, Viewport(width), label: width.ToString(System.Globalization.CultureInfo.InvariantCulture));
        var page = tab.Page;
        await page.GotoAsync("/");
        var teaser = page.Locator(".article-list .teaser.has-thumbnail").First;
        var thumbnail = teaser.Locator("img.teaser-thumbnail");

        // Loaded from the image service at a width it makes (a refused width would be a broken image).
        await Expect(thumbnail).ToHaveJSPropertyAsync("complete", true);
        Assert.True(await thumbnail.EvaluateAsync<int>("(image) => image.naturalWidth") > 0, "The thumbnail did not load.");
        var image = await thumbnail.EvaluateAsync<double[]>(Box);
        var headline = await teaser.Locator(".teaser-headline").EvaluateAsync<double[]>(Box);
        Assert.Equal(frameWidth, image[2], 0.5);
        Assert.Equal(frameWidth * 2 / 3, image[3], 1);
        Assert.True(image[0] >= headline[4], $"The thumbnail (left {image[0]}) overlaps the headline (right {headline[4]}).");
        Assert.True(image[1] < headline[1] + headline[3], "The thumbnail is not beside the headline.");
    }

    [BrowserFact]
    public async Task Thumbnail_PictureCannotBeHad_LeftOutAndTextTakesTheWidth()
    {
        await using var tab = await browser.OpenAsync(this);
        var page = tab.Page;
        // As when a remote picture's site is gone: the image service's answer never arrives.
        await page.RouteAsync("**/media/images/crane.png*", route => route.AbortAsync());
        await page.GotoAsync("/");
        var teaser = page.Locator(".article-list .teaser").First;

        await Expect(teaser.Locator("img.teaser-thumbnail")).ToBeHiddenAsync();
        await Expect(teaser).Not.ToHaveClassAsync(new Regex("has-thumbnail"));
        var widths = await teaser.EvaluateAsync<double[]>(
            "(item) => [item.getBoundingClientRect().width, item.querySelector('.teaser-headline').getBoundingClientRect().width]");
        Assert.True(widths[1] >= widths[0] - 1, $"The headline is {widths[1]}px wide in a {widths[0]}px teaser: room is still kept for the missing picture.");
    }

    [BrowserFact]
    public async Task TopicsNow_OnFrontPage_NamedRowOfTopicLinks()
    {
        await using var tab = await browser.OpenAsync(this);
        var page = tab.Page;
        await page.GotoAsync("/");

        var row = page.GetByRole(AriaRole.Navigation, new() { Name = "Topics now" });
        await Expect(row.GetByRole(AriaRole.Link, new() { Name = FixtureSeeds.SharedTopic })).ToHaveAttributeAsync("href", "/topics/busan");
        await Expect(page.Locator(".topics-now")).ToHaveCountAsync(1);
        await page.GotoAsync("/page/2");
        await Expect(page.Locator(".topics-now")).ToHaveCountAsync(0);
        await Expect(page.Locator("h1")).ToHaveTextAsync("Latest articles – page 2");
    }

    [BrowserTheory]
    [InlineData(BrowserFixture.DesktopWidth)]
    [InlineData(390)]
    public async Task Footer_AtWidth_SameColumnAsMain(int width)
    {
        await using var tab = await browser.OpenAsync(this, Viewport(width), label: width.ToString(System.Globalization.CultureInfo.InvariantCulture));
        var page = tab.Page;
        await page.GotoAsync("/");

        var main = await page.Locator("main").EvaluateAsync<double[]>(Box);
        var footer = await page.Locator(".site-footer").EvaluateAsync<double[]>(Box);

        Assert.Equal(main[0], footer[0], 0.5);
        Assert.Equal(main[2], footer[2], 0.5);
    }

    [BrowserFact]
    public async Task RelatedReading_ReadingTime_NeverBreaksAcrossLines()
    {
        await using var tab = await browser.OpenAsync(this, Viewport(320));
        var page = tab.Page;
        await page.GotoAsync(FixtureSeeds.LongArticlePath);

        var times = page.Locator(".related .reading-time");
        Assert.True(await times.CountAsync() > 0, "No related list with reading times.");
        foreach (var time in await times.AllAsync())
        {
            // Wherever the headline before it ends: kept whole, in one line box ("1 / min read" had two).
            Assert.Equal("nowrap", await time.EvaluateAsync<string>("(element) => getComputedStyle(element).whiteSpaceCollapse === 'collapse' ? getComputedStyle(element).textWrapMode : ''"));
            Assert.Equal(1, await time.EvaluateAsync<int>("(element) => element.getClientRects().length"));
        }
    }

    [BrowserFact]
    public async Task WideTable_OnPhone_ScrollsInsideAFocusableFrame()
    {
        await using var tab = await browser.OpenAsync(this, Viewport(390));
        var page = tab.Page;
        await page.GotoAsync(FixtureSeeds.WideContentPath);
        var frame = page.GetByRole(AriaRole.Region, new() { Name = "Table" });

        Assert.True(await frame.EvaluateAsync<bool>("(element) => element.scrollWidth > element.clientWidth"), "The table fits: nothing to scroll.");
        // For a person to look at: the shadow at the right edge says there is more.
        await page.Locator(".article-body").ScreenshotAsync(new LocatorScreenshotOptions { Path = Artifacts.PathFor(nameof(FrontPageLayoutTests), "wide-content-390.png") });
        await page.EmulateMediaAsync(new PageEmulateMediaOptions { ColorScheme = ColorScheme.Dark });
        await page.Locator(".article-body").ScreenshotAsync(new LocatorScreenshotOptions { Path = Artifacts.PathFor(nameof(FrontPageLayoutTests), "wide-content-390-dark.png") });
        await page.EmulateMediaAsync(new PageEmulateMediaOptions { ColorScheme = ColorScheme.Light });
        await frame.FocusAsync();
        await page.Keyboard.PressAsync("ArrowRight");
        await page.Keyboard.PressAsync("End");

        var scrolled = await Poll.UntilAsync(() => frame.EvaluateAsync<double>("(element) => element.scrollLeft"), left => left > 0);
        Assert.True(scrolled > 0, "The frame did not scroll by keyboard.");
        Assert.True(await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= innerWidth"), "The page itself scrolls sideways.");
    }

    /// <summary>Not an assertion: what the front page looks like, for a person to look at.</summary>
    [BrowserTheory]
    [InlineData(BrowserFixture.DesktopWidth, ColorScheme.Light)]
    [InlineData(BrowserFixture.DesktopWidth, ColorScheme.Dark)]
    [InlineData(390, ColorScheme.Light)]
    [InlineData(390, ColorScheme.Dark)]
    public async Task FrontPage_Screenshot_ThumbnailsLoaded(int width, ColorScheme scheme)
    {
        await using var tab = await browser.OpenAsync(this, Viewport(width, scheme), label: $"{width}-{scheme}");
        tab.SaveScreenshotOnClose = false;
        var page = tab.Page;
        await page.GotoAsync("/");
        await Expect(page.Locator("img.teaser-thumbnail").First).ToHaveJSPropertyAsync("complete", true);

        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Artifacts.PathFor(nameof(FrontPageLayoutTests), $"front-{width}-{scheme}.png".ToLowerInvariant()), Scale = ScreenshotScale.Css });
    }
}
