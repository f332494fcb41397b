using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace NewsReader.Browser.Tests.Theming;

/// <summary>The header's Display panel, driven the way a reader drives it.</summary>
public static class DisplayPanel
{
    public const string StorageKey = "newsreader-settings";

    /// <summary>
    /// Run before any page script: records what the blocking head script has applied by the time the
    /// document is parsed, as <c>window.__atDomContentLoaded</c>: the data- attributes, the background's
    /// luminance, and the reading text's size and face (the body's, on pages without an article).
    /// </summary>
    public const string RecordAtDomContentLoaded = $$"""
        document.addEventListener("DOMContentLoaded", () => {
          const data = document.documentElement.dataset;
          const text = getComputedStyle(document.querySelector(".article-body p:not(.standfirst)") || document.body);
          window.__atDomContentLoaded = {
            theme: data.theme ?? null, size: data.size ?? null, measure: data.measure ?? null, font: data.font ?? null,
            luminance: ({{Infrastructure.PageScripts.BackgroundLuminance}})(),
            fontSize: parseFloat(text.fontSize),
            fontFamily: text.fontFamily,
          };
        }, { once: true });
        """;

    public static ILocator Opener(IPage page) => page.Locator(".site-header .display-opener");

    public static ILocator Panel(IPage page) => page.Locator("#display-panel");

    /// <summary>The radio for one value of one setting (theme, size, measure, font).</summary>
    public static ILocator Choice(IPage page, string setting, string value) =>
        page.Locator($"#display-panel input[name='display-{setting}'][value='{value}']");

    public static async Task OpenAsync(IPage page)
    {
        ArgumentNullException.ThrowIfNull(page);
        if (await Opener(page).GetAttributeAsync("aria-expanded") != "true")
        {
            await Opener(page).ClickAsync();
        }

        await Expect(Panel(page)).ToBeVisibleAsync();
    }

    /// <summary>Opens the panel if needed and clicks the choice, then waits for it to reach the page.</summary>
    public static async Task ChooseAsync(IPage page, string setting, string value)
    {
        await OpenAsync(page);
        await Choice(page, setting, value).ClickAsync();
        await Expect(Choice(page, setting, value)).ToBeCheckedAsync();
    }
}
