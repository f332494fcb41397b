using Microsoft.Extensions.Logging.Testing;
using Microsoft.Extensions.Options;
using NewsReader.Ingestion;
using NewsReader.Tests.Parsing.Html;
using NewsReader.Tests.TestData;

namespace NewsReader.Tests.Ingestion;

public sealed class SeedFileLimitTests : IDisposable
{
    private readonly TempFolder _seeds = new();

    public void Dispose() => _seeds.Dispose();

    private Task<LoadReport> LoadAsync(SeedsOptions options)
    {
        options.Path = _seeds.Path;
        options.SettleMilliseconds = 0;
        var loader = new SeedFolderLoader(Options.Create(options), TimeProvider.System, new FakeLogger<SeedFolderLoader>());
        return loader.LoadAsync(_seeds.Path, CancellationToken.None);
    }

    [Fact]
    public void MaxHtmlFileBytes_Default_SixteenMebibytes()
    {
        Assert.Equal(16 * 1024 * 1024, new SeedsOptions().MaxHtmlFileBytes);
    }

    [Theory]
    [InlineData("page.html")]
    [InlineData("page.htm")]
    [InlineData("page.txt")]
    public async Task LoadAsync_ThreeMegabyteSavedPage_LoadsItsArticle(string name)
    {
        _seeds.Write(name, SavedPage.Heavy(SavedPage.Story, 3 * 1024 * 1024));

        var report = await LoadAsync(new SeedsOptions());

        var article = Assert.Single(report.Articles);
        Assert.Equal(SavedPage.Title, article.Headline);
        Assert.Contains(article.Body, b => b.Text.StartsWith("The harbour ferry returned to service", StringComparison.Ordinal));
        Assert.DoesNotContain(article.Body, b => b.Text.Contains("Never shown", StringComparison.Ordinal) || b.Text.Contains("Share icon", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("story.md", "# Title\n\nBody.\n")]
    [InlineData("story.txt", "Title\n\nBody.\n")]
    public async Task LoadAsync_OtherFormatOverMaxFileBytes_RejectedNamingMaxFileBytes(string name, string start)
    {
        _seeds.Write(name, start + new string('x', 5000));

        var report = await LoadAsync(new SeedsOptions { MaxFileBytes = 4096 });

        Assert.Empty(report.Articles);
        Assert.EndsWith("over the limit of 4096 bytes set by Seeds:MaxFileBytes", Assert.Single(report.Rejected).Reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("page.html")]
    [InlineData("page.txt")]
    public async Task LoadAsync_SavedPageOverMaxHtmlFileBytes_RejectedNamingMaxHtmlFileBytes(string name)
    {
        _seeds.Write(name, SavedPage.Heavy(SavedPage.Story, 9000));

        var report = await LoadAsync(new SeedsOptions { MaxFileBytes = 1000, MaxHtmlFileBytes = 8192 });

        Assert.Empty(report.Articles);
        Assert.EndsWith("over the limit of 8192 bytes set by Seeds:MaxHtmlFileBytes", Assert.Single(report.Rejected).Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Scan_SavedPagesCountTowardsMaxTotalBytes()
    {
        var page = SavedPage.Heavy(SavedPage.Story, 3000);
        _seeds.Write("a.html", page);
        _seeds.Write("b.html", page);

        var result = SeedFolderScanner.Scan(_seeds.Path, new SeedsOptions { MaxFileBytes = 1000, MaxTotalBytes = page.Length * 3 / 2 });

        Assert.Equal(["a.html"], result.Files.Select(f => f.SourceFile));
        Assert.Contains("Seeds:MaxTotalBytes", Assert.Single(result.Rejected).Reason, StringComparison.Ordinal);
    }
}
