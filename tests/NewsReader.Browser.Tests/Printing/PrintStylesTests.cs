using Microsoft.Playwright;
using NewsReader.Browser.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace NewsReader.Browser.Tests.Printing;

/// <summary>A printed article is the article: no site chrome, search, share box or links to other articles.</summary>
[Collection(BrowserSuite.Name)]
public sealed class PrintStylesTests(BrowserFixture browser)
{
    private static readonly string[] Chrome = [".site-header", ".site-search", ".share", ".article-nav"];

    /// <summary>
    /// The selectors whose element is still rendered. checkVisibility() is false for an element
    /// hidden by itself or by an ancestor: either way the printer gets nothing.
    /// </summary>
    private const string Rendered = """
        (selectors) => selectors.filter((selector) => document.querySelector(selector)?.checkVisibility())
        """;

    [BrowserFact]
    public async Task Print_Article_LeavesOutEverythingButTheArticle()
    {
        await using var tab = await browser.OpenAsync(this);
        var page = tab.Page;
        await page.GotoAsync(FixtureSeeds.SeedPath);
        Assert.Equal(Chrome, await page.EvaluateAsync<string[]>(Rendered, Chrome));

        await page.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Media.Print });

        var printed = await Poll.UntilAsync(() => page.EvaluateAsync<string[]>(Rendered, Chrome), rendered => rendered.Length == 0);
        Assert.True(printed.Length == 0, $"Printed although only the article should be: {string.Join(", ", printed)}");
        await Expect(page.Locator("article h1")).ToBeVisibleAsync();
        await Expect(page.Locator(".article-body")).ToBeVisibleAsync();
    }

    /// <summary>On paper a link is only useful with its address written out after it.</summary>
    [BrowserTheory]
    [InlineData("body", FixtureSeeds.LinkedArticlePath, ".article-body a")]
    [InlineData("topic", FixtureSeeds.SeedPath, ".topics a")]
    public async Task Print_Link_ShowsItsAddress(string kind, string path, string selector)
    {
        await using var tab = await browser.OpenAsync(this, label: kind);
        var page = tab.Page;
        await page.GotoAsync(path);
        var link = page.Locator(selector).First;
        var href = await link.GetAttributeAsync("href");

        await page.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Media.Print });

        var after = await link.EvaluateAsync<string>("(a) => getComputedStyle(a, '::after').content");
        Assert.Contains(href!, after, StringComparison.Ordinal);
    }
}
