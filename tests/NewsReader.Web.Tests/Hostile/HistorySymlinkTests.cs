using System.Net;
using Microsoft.Extensions.DependencyInjection;
using NewsReader.Ingestion;
using NewsReader.Web.Tests.Infrastructure;

namespace NewsReader.Web.Tests.Hostile;

/// <summary>
/// The app writes its own bookkeeping under .newsreader/. A link planted there must not make it
/// write anywhere else: the outside file keeps its bytes, the operator is told, the site serves.
/// </summary>
public sealed class HistorySymlinkTests : IDisposable
{
    private const string Precious = "precious bytes that must not change\n";
    private readonly SeedsFolder _outside = new SeedsFolder().With("victim.txt", Precious);
    private readonly SeedsFolder _seeds = new SeedsFolder().With("story.txt", "Linked history story\n\nLead paragraph.\n\nMore.");

    public void Dispose()
    {
        _seeds.Dispose();
        _outside.Dispose();
    }

    [Fact]
    public async Task PermalinksFileIsALinkOutside_OutsideFileUnchangedAndSiteServes()
    {
        Directory.CreateDirectory(Path.Combine(_seeds.Path, ".newsreader"));
        File.CreateSymbolicLink(Path.Combine(_seeds.Path, ".newsreader", "permalinks.tsv"), Path.Combine(_outside.Path, "victim.txt"));

        using var factory = new NewsReaderFactory(_seeds);
        await AssertServesAsync(factory);
        var warning = await factory.Logs.WaitForAsync(e => e.MessageTemplate.Text.StartsWith("Permalink history", StringComparison.Ordinal), TimeSpan.FromSeconds(10));

        Assert.Equal(Precious, File.ReadAllText(Path.Combine(_outside.Path, "victim.txt")));
        Assert.NotNull(warning);
        Assert.Contains("symbolic link", warning.RenderMessage(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
    }

    [Fact]
    public async Task NewsreaderFolderIsALinkOutside_NothingWrittenThereAndSiteServes()
    {
        Directory.CreateSymbolicLink(Path.Combine(_seeds.Path, ".newsreader"), _outside.Path);

        using var factory = new NewsReaderFactory(_seeds);
        await AssertServesAsync(factory);
        var warning = await factory.Logs.WaitForAsync(e => e.MessageTemplate.Text.StartsWith("Permalink history", StringComparison.Ordinal), TimeSpan.FromSeconds(10));
        File.Delete(Path.Combine(_seeds.Path, "story.txt"));
        await factory.WaitForSnapshotAsync(s => s.Articles.IsEmpty);
        await SettleIngestionAsync(factory);

        Assert.Equal(["victim.txt"], Directory.GetFileSystemEntries(_outside.Path).Select(Path.GetFileName));
        Assert.Equal(Precious, File.ReadAllText(Path.Combine(_outside.Path, "victim.txt")));
        Assert.NotNull(warning);
    }

    private static async Task AssertServesAsync(NewsReaderFactory factory)
    {
        using var client = factory.CreateNonRedirectingClient();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(new Uri("/articles/linked-history-story", UriKind.Relative))).StatusCode);
    }

    /// <summary>One more ingestion: it starts only once the one that published the last snapshot has written its files.</summary>
    private static Task<NewsReader.Storage.ArticleSnapshot> SettleIngestionAsync(NewsReaderFactory factory) =>
        factory.Services.GetRequiredService<ArticleIngestor>().IngestAsync(CancellationToken.None);
}
