using Microsoft.Playwright;
using NewsReader.Browser.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace NewsReader.Browser.Tests.Listen;

/// <summary>Listen reads the article aloud paragraph by paragraph, where the browser can speak.</summary>
[Collection(BrowserSuite.Name)]
public sealed class ListenTests(BrowserFixture browser)
{
    private const string Headline = "City archive opens its storm records to the public";

    /// <summary>Which of the parts read aloud (headline first, then the body's paragraphs) is highlighted, or -1.</summary>
    private const string Speaking = """
        () => {
          const parts = [document.querySelector(".article-header h1"), ...document.querySelectorAll(".article-body p")];
          const speaking = document.querySelectorAll(".is-speaking");
          if (speaking.length !== 1 || speaking[0].getAttribute("aria-current") !== "true") return -speaking.length - 1;
          return parts.indexOf(speaking[0]);
        }
        """;

    [BrowserFact]
    public async Task Listen_WithSpeechSynthesis_HighlightsSkipsPausesAndStops()
    {
        await using var tab = await browser.OpenAsync(this);
        var page = tab.Page;
        await page.AddInitScriptAsync(FakeSpeech.Install);
        await page.GotoAsync(FixtureSeeds.LongArticlePath);
        var listen = page.Locator(".article-header").GetByRole(AriaRole.Button, new() { Name = "Listen", Exact = true });
        await Expect(listen).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Skip" })).ToBeHiddenAsync();

        await listen.ClickAsync();

        await Expect(page.Locator(".article-header h1")).ToHaveClassAsync(new System.Text.RegularExpressions.Regex(@"\bis-speaking\b"));
        Assert.Equal(0, await page.EvaluateAsync<int>(Speaking));
        var first = await page.EvaluateAsync<string[]>("() => { const spoken = window.__speech.log.find((entry) => entry.call === 'speak'); return [spoken.text, spoken.lang]; }");
        Assert.Equal([Headline, "en"], first);
        await page.Locator(".article-header").ScreenshotAsync(new() { Path = Artifacts.PathFor(nameof(ListenTests), "header-playing.png") });

        // Skip: the next paragraph, and the cancelled one's late error event does not move it on again.
        await page.GetByRole(AriaRole.Button, new() { Name = "Skip", Exact = true }).ClickAsync();
        await Expect(page.Locator(".article-body p").First).ToHaveAttributeAsync("aria-current", "true");
        await page.WaitForTimeoutAsync(200);
        Assert.Equal(1, await page.EvaluateAsync<int>(Speaking));

        // The end of an utterance moves on by itself.
        await page.EvaluateAsync("() => window.__speech.finish()");
        await Expect(page.Locator(".article-body p").Nth(1)).ToHaveAttributeAsync("aria-current", "true");
        Assert.Equal(2, await page.EvaluateAsync<int>(Speaking));

        var toggle = page.Locator("[data-listen-toggle]");
        await Expect(toggle).ToHaveAccessibleNameAsync("Pause");
        await toggle.ClickAsync();
        await Expect(toggle).ToHaveAccessibleNameAsync("Resume");
        Assert.Contains("pause", await page.EvaluateAsync<string[]>(FakeSpeech.Calls));
        Assert.Equal(2, await page.EvaluateAsync<int>(Speaking));

        await toggle.ClickAsync();
        await Expect(toggle).ToHaveAccessibleNameAsync("Pause");
        Assert.Contains("resume", await page.EvaluateAsync<string[]>(FakeSpeech.Calls));

        await page.GetByRole(AriaRole.Button, new() { Name = "Stop", Exact = true }).ClickAsync();
        await Expect(page.Locator(".is-speaking")).ToHaveCountAsync(0);
        await Expect(toggle).ToHaveAccessibleNameAsync("Listen");
        await Expect(toggle).ToBeFocusedAsync();
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Skip" })).ToBeHiddenAsync();
    }

    [BrowserFact]
    public async Task Listen_LeavingThePage_CancelsSpeech()
    {
        await using var tab = await browser.OpenAsync(this);
        var page = tab.Page;
        await page.AddInitScriptAsync(FakeSpeech.Install);
        await page.GotoAsync(FixtureSeeds.LongArticlePath);
        await page.GetByRole(AriaRole.Button, new() { Name = "Listen", Exact = true }).ClickAsync();
        await Expect(page.Locator(".is-speaking")).ToHaveCountAsync(1);

        await page.EvaluateAsync("() => window.dispatchEvent(new PageTransitionEvent('pagehide', { persisted: false }))");

        Assert.Equal("cancel", (await page.EvaluateAsync<string[]>(FakeSpeech.Calls))[^1]);
        await Expect(page.Locator(".is-speaking")).ToHaveCountAsync(0);
    }

    [BrowserFact]
    public async Task Listen_WithoutSpeechSynthesis_ShowsNothing()
    {
        await using var tab = await browser.OpenAsync(this);
        var page = tab.Page;
        await page.AddInitScriptAsync(FakeSpeech.Remove);
        await page.GotoAsync(FixtureSeeds.LongArticlePath);
        Assert.False(await page.EvaluateAsync<bool>("() => 'speechSynthesis' in window"));

        await Expect(page.Locator("[data-listen]")).ToBeHiddenAsync();
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Listen" })).ToHaveCountAsync(0);
    }

    [BrowserFact]
    public async Task Listen_DeepInLongArticleOnNarrowPhone_ControlsFloatClearOfTheParagraphRead()
    {
        await using var tab = await browser.OpenAsync(this, new BrowserNewContextOptions
        {
            ViewportSize = new() { Width = 320, Height = 640 },
            ReducedMotion = ReducedMotion.Reduce,
        });
        var page = tab.Page;
        await page.AddInitScriptAsync(FakeSpeech.Install);
        await page.GotoAsync(FixtureSeeds.LongArticlePath);
        await page.GetByRole(AriaRole.Button, new() { Name = "Listen", Exact = true }).ClickAsync();
        for (var part = 1; part <= 12; part++)
        {
            await page.EvaluateAsync("() => window.__speech.finish()");
            await Expect(page.Locator(".article-body p").Nth(part - 1)).ToHaveAttributeAsync("aria-current", "true");
        }

        var bar = page.Locator(".listen-bar");
        await Expect(bar).ToHaveClassAsync(new System.Text.RegularExpressions.Regex(@"\bis-floating\b"));
        var barBox = await bar.BoundingBoxAsync();
        var read = await page.Locator(".is-speaking").BoundingBoxAsync();
        Assert.NotNull(barBox);
        Assert.NotNull(read);
        Assert.True(barBox.X >= 0 && barBox.X + barBox.Width <= 320 && barBox.Y + barBox.Height <= 640, $"bar at {barBox.X},{barBox.Y} {barBox.Width}x{barBox.Height}");
        Assert.True(read.Y >= 0 && read.Y + read.Height <= barBox.Y, $"paragraph {read.Y}..{read.Y + read.Height}, bar from {barBox.Y}");
        Assert.True(await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= document.documentElement.clientWidth"), "The page scrolls sideways.");

        // Pause is within reach: pressed in the floating bar.
        await bar.GetByRole(AriaRole.Button, new() { Name = "Pause" }).ClickAsync();
        await Expect(bar.GetByRole(AriaRole.Button, new() { Name = "Resume" })).ToBeVisibleAsync();
    }
}
