using Microsoft.Playwright;

namespace NewsReader.Browser.Tests.Infrastructure;

/// <summary>A test's page and its own browser context, closed together.</summary>
public sealed class BrowserTab(IBrowserContext context, IPage page, string screenshotPath) : IAsyncDisposable
{
    public IBrowserContext Context { get; } = context;

    public IPage Page { get; } = page;

    /// <summary>Set false when the test saves its own screenshots.</summary>
    public bool SaveScreenshotOnClose { get; set; } = true;

    public async ValueTask DisposeAsync()
    {
        // Taken whether the test passed or failed: the last state of the page is what explains a failure.
        if (SaveScreenshotOnClose && Page.Url != "about:blank")
        {
            try
            {
                Directory.CreateDirectory(Path.GetDirectoryName(screenshotPath)!);
                // CSS pixels: a phone's doubled resolution would only make the file four times slower to encode.
                await Page.ScreenshotAsync(new PageScreenshotOptions { Path = screenshotPath, FullPage = true, Scale = ScreenshotScale.Css });
            }
            catch (PlaywrightException)
            {
                // A crashed or closed page must not hide the test's own failure.
            }
            catch (TimeoutException)
            {
                // Same: the screenshot is a diagnostic, not the test.
            }
        }

        await Context.CloseAsync();
    }
}
