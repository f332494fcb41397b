using System.Net;
using System.Text;
using NewsReader.Web.Tests.Infrastructure;

namespace NewsReader.Web.Tests.Hosting;

/// <summary>
/// Editors change the seeds folder while the site runs. Each test changes files, waits for the
/// reload that publishes the change (never a fixed sleep), and reads the site as a reader would.
/// </summary>
public sealed class HotReloadTests : IDisposable
{
    private readonly SeedsFolder _seeds = new SeedsFolder()
        .With("alpha.txt", "Alpha story\n\nAlpha lead paragraph.\n\nAlpha second paragraph.");

    private readonly NewsReaderFactory _factory;
    private readonly HttpClient _client;

    public HotReloadTests()
    {
        _factory = new NewsReaderFactory(_seeds);
        _client = _factory.CreateNonRedirectingClient();
    }

    public void Dispose()
    {
        _factory.Dispose();
        _seeds.Dispose();
    }

    private async Task<HttpStatusCode> StatusOfAsync(string path) => (await _client.GetAsync(new Uri(path, UriKind.Relative))).StatusCode;

    private async Task<string?> FirstParagraphAsync(string path) =>
        (await Html.ParseAsync(await _client.GetAsync(new Uri(path, UriKind.Relative)))).QuerySelector(".article-body p")?.TextContent;

    [Fact]
    public async Task AddFile_AppearsWithoutRestart()
    {
        _seeds.With("bravo.txt", "Bravo story\n\nBravo lead.\n\nMore.");

        await _factory.WaitForSnapshotAsync(s => s.FindBySlug("bravo-story") is not null);

        Assert.Equal(HttpStatusCode.OK, await StatusOfAsync("/articles/bravo-story"));
        var front = await Html.ParseAsync(await _client.GetAsync(new Uri("/", UriKind.Relative)));
        Assert.Equal(["Alpha story", "Bravo story"], front.Texts(".article-list h2"));
    }

    [Fact]
    public async Task ChangeFile_NewTextServed()
    {
        _seeds.With("alpha.txt", "Alpha story\n\nAlpha lead, rewritten.\n\nAlpha second paragraph.");

        await _factory.WaitForSnapshotAsync(s => s.FindBySlug("alpha-story")?.Standfirst == "Alpha lead, rewritten.");

        Assert.Equal("Alpha lead, rewritten.", await FirstParagraphAsync("/articles/alpha-story"));
    }

    [Fact]
    public async Task BreakFile_LastGoodVersionStaysAndOperatorSeesWhy_ThenFixPublishesNewVersion()
    {
        _seeds.With("alpha.txt", [0x00, 0x01, 0x02, 0x03]);
        await _factory.WaitForSnapshotAsync(s => !s.Context.Stale.IsEmpty);

        Assert.Equal("Alpha lead paragraph.", await FirstParagraphAsync("/articles/alpha-story"));
        var status = await Html.ParseAsync(await _client.GetAsync(new Uri("/status", UriKind.Relative)));
        Assert.Contains(status.QuerySelectorAll("td"), td => td.TextContent.StartsWith("binary content", StringComparison.Ordinal)
            && td.TextContent.EndsWith("the previous version stays published", StringComparison.Ordinal));

        _seeds.With("alpha.txt", "Alpha story\n\nAlpha lead, fixed.\n\nMore.");
        await _factory.WaitForSnapshotAsync(s => s.Context.Stale.IsEmpty && s.FindBySlug("alpha-story")?.Standfirst == "Alpha lead, fixed.");

        Assert.Equal("Alpha lead, fixed.", await FirstParagraphAsync("/articles/alpha-story"));
    }

    [Fact]
    public async Task DeleteFile_UrlAnswers410Gone()
    {
        File.Delete(Path.Combine(_seeds.Path, "alpha.txt"));

        await _factory.WaitForSnapshotAsync(s => s.Articles.IsEmpty);

        var response = await _client.GetAsync(new Uri("/articles/alpha-story", UriKind.Relative));
        Assert.Equal(HttpStatusCode.Gone, response.StatusCode);
        Assert.Equal("This article has been removed", (await Html.ParseAsync(response)).QuerySelector("h1")?.TextContent);
        Assert.Equal(HttpStatusCode.NotFound, await StatusOfAsync("/articles/never-existed"));
    }

    [Fact]
    public async Task RenameFile_SamePermalinkKeepsWorking()
    {
        File.Move(Path.Combine(_seeds.Path, "alpha.txt"), Path.Combine(_seeds.Path, "alpha-renamed.txt"));

        await _factory.WaitForSnapshotAsync(s => s.Articles.Length == 1 && s.Articles[0].SourceFile == "alpha-renamed.txt");

        Assert.Equal("Alpha lead paragraph.", await FirstParagraphAsync("/articles/alpha-story"));
    }

    [Fact]
    public async Task DuplicateFile_PublishedOnceAndCopyAddressRedirects()
    {
        _seeds.With("zz-copy.txt", "Alpha story\r\n\r\nAlpha lead paragraph.\r\n\r\nAlpha second paragraph.\r\n");

        var snapshot = await _factory.WaitForSnapshotAsync(s => !s.Duplicates.IsEmpty);

        Assert.Single(snapshot.Articles);
        var copyId = NewsReader.Articles.ArticleId.FromSourceFile("zz-copy.txt");
        var shortLink = await _client.GetAsync(new Uri($"/a/{copyId}", UriKind.Relative));
        Assert.Equal(HttpStatusCode.MovedPermanently, shortLink.StatusCode);
        Assert.Equal("/articles/alpha-story", shortLink.Headers.Location?.OriginalString);
        var copyUrl = await _client.GetAsync(new Uri($"/articles/alpha-story-{copyId[..8]}", UriKind.Relative));
        Assert.Equal(HttpStatusCode.MovedPermanently, copyUrl.StatusCode);
        Assert.Equal("/articles/alpha-story", copyUrl.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task SameHeadlineDifferentContent_BothKeptWithDistinctPermalinks()
    {
        _seeds.With("beta.txt", "Alpha story\n\nA different article under the same headline.\n\nMore.");

        var snapshot = await _factory.WaitForSnapshotAsync(s => s.Articles.Length == 2);

        Assert.Equal(2, snapshot.Articles.Select(a => a.Slug).Distinct().Count());
        Assert.Empty(snapshot.Duplicates);
    }

    [Theory]
    [InlineData("utf16le.txt", "utf-16")]
    [InlineData("utf16be.txt", "utf-16BE")]
    [InlineData("utf8bom.txt", "utf-8")]
    public async Task AddFileInEncodingWithBom_ReadExactly(string name, string encodingName)
    {
        var encoding = Encoding.GetEncoding(encodingName);
        _seeds.With(name, [.. encoding.GetPreamble(), .. encoding.GetBytes("Zoë’s café\r\n\r\n“Quoted” lead.\r\n\r\nMore.")]);

        var snapshot = await _factory.WaitForSnapshotAsync(s => s.FindBySlug("zoes-cafe") is not null);

        Assert.False(snapshot.FindBySlug("zoes-cafe")!.Repaired);
        Assert.Equal("“Quoted” lead.", await FirstParagraphAsync("/articles/zoes-cafe"));
    }

    [Fact]
    public async Task AddLatin1File_RepairedAndListedOnStatusPage()
    {
        _seeds.With("latin1.txt", [.. "Pound story\n\nIt cost "u8, 0xA3, .. "5\u0007 today."u8]);

        await _factory.WaitForSnapshotAsync(s => s.FindBySlug("pound-story") is not null);

        Assert.Equal("It cost £5 today.", await FirstParagraphAsync("/articles/pound-story"));
        var status = await Html.ParseAsync(await _client.GetAsync(new Uri("/status", UriKind.Relative)));
        Assert.Contains("latin1.txt", status.Texts("td code"));
    }
}
