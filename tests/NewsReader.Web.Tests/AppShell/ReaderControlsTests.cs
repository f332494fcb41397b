using System.Net;
using AngleSharp.Dom;
using NewsReader.Web.Tests.Infrastructure;

namespace NewsReader.Web.Tests.AppShell;

/// <summary>
/// The Display panel as served: it needs the script, so it is rendered hidden (without JavaScript the
/// theme follows the system), and the script that applies the saved settings is an external file
/// under the strict policy, loaded in the head before the stylesheet.
/// </summary>
public sealed class ReaderControlsTests : IDisposable
{
    private const string SeedPath = "/articles/trump-open-to-meeting-kim-jong-un-during-asia-trip";

    private readonly SeedsFolder _seeds = new SeedsFolder().WithSeed();
    private readonly NewsReaderFactory _factory;

    public ReaderControlsTests() => _factory = new NewsReaderFactory(_seeds);

    public void Dispose()
    {
        _factory.Dispose();
        _seeds.Dispose();
    }

    [Theory]
    [InlineData("/")]
    [InlineData(SeedPath)]
    public async Task Get_Page_OpenerRenderedHiddenAndControlsItsHiddenPanel(string path)
    {
        var document = await GetAsync(path);

        var opener = document.QuerySelector(".site-header button.display-opener");
        Assert.NotNull(opener);
        Assert.True(opener.HasAttribute("hidden"));
        Assert.Equal("false", opener.GetAttribute("aria-expanded"));
        Assert.Equal("Aa Display", opener.TextContent.Trim());
        Assert.Null(document.QuerySelector("#theme-toggle"));
        var panel = document.GetElementById(opener.GetAttribute("aria-controls")!);
        Assert.NotNull(panel);
        Assert.True(panel.HasAttribute("hidden"));
    }

    [Fact]
    public async Task Get_Page_PanelOffersEveryChoiceAsNamedRadioGroups()
    {
        var document = await GetAsync("/");

        Assert.Equal(["Theme", "Text size", "Line width", "Typeface"], document.Texts("#display-panel fieldset > legend"));
        Assert.Equal(["system", "light", "sepia", "dark"], Values(document, "display-theme"));
        Assert.Equal(["1", "2", "3", "4", "5"], Values(document, "display-size"));
        Assert.Equal(["narrow", "standard", "wide"], Values(document, "display-measure"));
        Assert.Equal(["serif", "sans"], Values(document, "display-font"));
        // Every radio is inside its label, so the label's text is its name.
        Assert.All(document.QuerySelectorAll("#display-panel input"), input => Assert.Equal("LABEL", input.ParentElement?.TagName));
        Assert.Equal(["system", "3", "standard", "serif"], document.QuerySelectorAll("#display-panel input:checked").Select(input => input.GetAttribute("value")));
    }

    [Fact]
    public async Task Get_Page_SettingsScriptExternalInHeadBeforeStylesAndNoInlineScriptOrStyle()
    {
        var document = await GetAsync(SeedPath);

        var settings = document.QuerySelector("head script[src^='/js/settings']");
        Assert.NotNull(settings);
        Assert.False(settings.HasAttribute("defer") || settings.HasAttribute("async"));
        var stylesheet = document.QuerySelector("head link[rel=stylesheet]");
        Assert.True(settings.CompareDocumentPosition(stylesheet!).HasFlag(DocumentPositions.Following));
        Assert.NotNull(document.QuerySelector("script[src^='/js/reader-controls'][defer]"));
        // JSON-LD is data, not script: the policy does not run it.
        Assert.Empty(document.QuerySelectorAll("script:not([src]):not([type='application/ld+json'])"));
        Assert.Empty(document.QuerySelectorAll("[style]"));
    }

    private async Task<IDocument> GetAsync(string path)
    {
        var response = await _factory.CreateClient().GetAsync(new Uri(path, UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await Html.ParseAsync(response);
    }

    private static string[] Values(IDocument document, string name) =>
        [.. document.QuerySelectorAll($"#display-panel input[type=radio][name='{name}']").Select(input => input.GetAttribute("value") ?? "")];
}
