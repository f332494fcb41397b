using Microsoft.Playwright;
using NewsReader.Browser.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace NewsReader.Browser.Tests.Reading;

/// <summary>
/// Saved pages of five sites and a Markdown article, on a desktop and a phone: each article shows
/// its standfirst, byline, date and source line, all on screen, and the front page names every
/// article's source and date.
/// </summary>
[Collection(BrowserSuite.Name)]
public sealed class ArticleHeaderTests(BrowserFixture browser, SavedPagesSite site) : IClassFixture<SavedPagesSite>
{
    private const int ArticleCount = 6;

    /// <summary>
    /// What every article shows. A standfirst that the body opens with is shown there, once, in
    /// the standfirst's type, rather than in the header.
    /// </summary>
    private static readonly (string Field, string Selector)[] Fields =
    [
        ("standfirst", "article .article-header .standfirst, article .article-body .standfirst"),
        ("byline", "article .article-header .byline"),
        ("source name", "article .article-header .source .source-name"),
        ("published date", "article .article-header .source time.published"),
    ];

    public static TheoryData<string, int, int> Viewports => new()
    {
        { "desktop", BrowserFixture.DesktopWidth, BrowserFixture.DesktopHeight },
        { "phone", 390, 844 },
    };

    [BrowserTheory]
    [MemberData(nameof(Viewports))]
    public async Task Open_EverySavedPageAndMarkdown_HeaderShowsStandfirstBylineDateAndSource(string label, int width, int height)
    {
        await using var tab = await browser.OpenAsync(this, new BrowserNewContextOptions { ViewportSize = new() { Width = width, Height = height } }, label);
        var page = tab.Page;
        await page.GotoAsync(site.BaseAddress.ToString());
        var teasers = page.Locator(".teaser");
        await Expect(teasers).ToHaveCountAsync(ArticleCount);
        for (var i = 0; i < ArticleCount; i++)
        {
            await Expect(teasers.Nth(i).Locator(".meta .source-name")).ToBeVisibleAsync();
            await Expect(teasers.Nth(i).Locator(".meta time")).ToBeVisibleAsync();
        }

        var links = await page.Locator(".teaser-headline a").EvaluateAllAsync<string[]>("links => links.map(link => link.href)");
        Assert.Contains(links, link => link.EndsWith(SavedPagesSite.MarkdownPath, StringComparison.Ordinal));
        var originals = 0;
        var missing = new List<string>();
        foreach (var link in links)
        {
            await page.GotoAsync(link);
            var header = page.Locator("article .article-header");
            await Expect(header.Locator("h1")).ToBeVisibleAsync();
            foreach (var (field, selector) in Fields)
            {
                if (!await page.Locator(selector).First.IsVisibleAsync())
                {
                    missing.Add($"{new Uri(link).AbsolutePath}: {field}");
                }
            }

            // The original's link where the page names its address (three of the six do).
            var original = header.Locator(".source a.original");
            if (await original.CountAsync() > 0)
            {
                await Expect(original).ToBeVisibleAsync();
                await Expect(original).ToHaveAttributeAsync("href", new System.Text.RegularExpressions.Regex("^https?://"));
                originals++;
            }

            // The whole header fits the width: nothing cut off or scrolled sideways on a phone.
            var box = await header.BoundingBoxAsync();
            Assert.NotNull(box);
            Assert.True(box.X >= 0 && box.X + box.Width <= width, $"{link}: header spans {box.X}..{box.X + box.Width} of {width}");
            Assert.True(await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= document.documentElement.clientWidth"), $"{link} scrolls sideways");
        }

        Assert.True(missing.Count == 0, string.Join("; ", missing));
        Assert.Equal(3, originals);
    }
}
