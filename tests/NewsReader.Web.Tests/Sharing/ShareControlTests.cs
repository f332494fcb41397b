using NewsReader.Web.Tests.Infrastructure;

namespace NewsReader.Web.Tests.Sharing;

public sealed class ShareControlTests : IDisposable
{
    private const string SeedPath = "/articles/trump-open-to-meeting-kim-jong-un-during-asia-trip";

    private readonly SeedsFolder _seeds = new SeedsFolder().WithSeed();
    private readonly NewsReaderFactory _factory;

    public ShareControlTests() => _factory = new NewsReaderFactory(_seeds);

    public void Dispose()
    {
        _factory.Dispose();
        _seeds.Dispose();
    }

    [Fact]
    public async Task Get_Article_PermalinkReadableWithoutJavaScript()
    {
        var document = await Html.ParseAsync(await _factory.CreateClient().GetAsync(new Uri(SeedPath, UriKind.Relative)));

        var share = document.QuerySelector("article section.share")!;
        var field = share.QuerySelector("input#permalink")!;
        Assert.Equal("http://localhost" + SeedPath, field.GetAttribute("value"));
        Assert.True(field.HasAttribute("readonly"));
        Assert.Equal("permalink", share.QuerySelector("label")?.GetAttribute("for"));
        Assert.NotNull(share.QuerySelector("[role=status][aria-live=polite]"));
    }

    [Fact]
    public async Task Get_Article_ScriptOnlyButtonsStartHiddenAndScriptIsOwnFile()
    {
        var document = await Html.ParseAsync(await _factory.CreateClient().GetAsync(new Uri(SeedPath, UriKind.Relative)));

        Assert.All(document.QuerySelectorAll(".share button"), button => Assert.True(button.HasAttribute("hidden")));
        Assert.Equal(2, document.QuerySelectorAll(".share button[type=button]").Length);
        var script = Assert.Single(document.QuerySelectorAll("script[src^='/js/share']"));
        var js = await _factory.CreateClient().GetStringAsync(new Uri(script.GetAttribute("src")!, UriKind.Relative));
        Assert.Contains("navigator.clipboard.writeText", js, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_Article_PlainShareLinksCarryTheEncodedPermalink()
    {
        var document = await Html.ParseAsync(await _factory.CreateClient().GetAsync(new Uri(SeedPath, UriKind.Relative)));
        var encoded = Uri.EscapeDataString("http://localhost" + SeedPath);

        var links = document.QuerySelectorAll(".share-links a").Select(a => a.GetAttribute("href")!).ToList();

        Assert.True(links.Count >= 4);
        Assert.Contains(links, href => href.StartsWith("mailto:?subject=", StringComparison.Ordinal) && href.Contains(encoded, StringComparison.Ordinal));
        Assert.All(links.Where(href => href.StartsWith("http", StringComparison.Ordinal)), href => Assert.Contains(encoded, href, StringComparison.Ordinal));
        Assert.All(document.QuerySelectorAll(".share-links a[target=_blank]"), a => Assert.Contains("noopener", a.GetAttribute("rel"), StringComparison.Ordinal));
    }
}
