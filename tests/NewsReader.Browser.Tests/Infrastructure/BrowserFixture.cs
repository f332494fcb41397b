using System.Runtime.CompilerServices;
using Microsoft.Playwright;

namespace NewsReader.Browser.Tests.Infrastructure;

/// <summary>One running site and one launched Chromium for the whole collection; a fresh context per test.</summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    public const int DesktopWidth = 1280;
    public const int DesktopHeight = 800;

    private FixtureSeeds? _seeds;
    private TestSite? _site;
    private IPlaywright? _playwright;
    private IBrowser? _browser;
    private Uri? _baseAddress;

    public Uri BaseAddress => _baseAddress ?? throw new InvalidOperationException("The site has not started.");

    public async Task InitializeAsync()
    {
        if (!Chromium.IsInstalled)
        {
            // A run that requires the browser fails here, loudly, in every test. Otherwise every
            // test is skipped and never asks for a page, so starting the site would only waste time.
            if (Chromium.IsRequired)
            {
                throw new InvalidOperationException(Chromium.MissingMessage);
            }

            return;
        }

        _seeds = FixtureSeeds.Create();
        _site = new TestSite(_seeds.Path);
        _baseAddress = await _site.StartAsync();
        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Chromium.ExecutablePath,
            Headless = true,
            Args = Chromium.Arguments,
        });
    }

    /// <summary>
    /// A page in a new browser context. Closing it saves a full-page screenshot named after the
    /// test class and method (and <paramref name="label"/> for each row of a theory).
    /// </summary>
    public async Task<BrowserTab> OpenAsync(
        object test,
        BrowserNewContextOptions? options = null,
        string? label = null,
        [CallerMemberName] string testName = "")
    {
        ArgumentNullException.ThrowIfNull(test);
        var browser = _browser ?? throw new InvalidOperationException("Chromium has not started.");
        options ??= new BrowserNewContextOptions();
        options.BaseURL = BaseAddress.ToString();
        options.ViewportSize ??= new ViewportSize { Width = DesktopWidth, Height = DesktopHeight };

        var context = await browser.NewContextAsync(options);
        // Short enough that a missing element fails the test in seconds, long enough for a busy two-core machine.
        context.SetDefaultTimeout(10_000);
        var page = await context.NewPageAsync();
        var name = label is null ? testName : $"{testName}-{label}";
        return new BrowserTab(context, page, Path.Combine(Artifacts.Folder, test.GetType().Name, $"{name}.png"));
    }

    public async Task DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.CloseAsync();
        }

        _playwright?.Dispose();
        if (_site is not null)
        {
            await _site.DisposeAsync();
        }

        _seeds?.Dispose();
    }
}
