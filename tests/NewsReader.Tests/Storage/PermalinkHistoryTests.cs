using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;
using NewsReader.Files;
using NewsReader.Storage;
using NewsReader.Tests.TestData;

namespace NewsReader.Tests.Storage;

public sealed class PermalinkHistoryTests : IDisposable
{
    private readonly TempFolder _folder = new();
    private readonly FakeLogger<PermalinkHistory> _logger = new();

    public void Dispose() => _folder.Dispose();

    private PermalinkHistory History() => new(Path.Combine(_folder.Path, ".newsreader", "permalinks.tsv"), new SeedsFolderBoundary(_folder.Path), _logger);

    [Fact]
    public async Task ReadAsync_NoFile_Empty()
    {
        Assert.Empty(await History().ReadAsync(CancellationToken.None));
    }

    [Fact]
    public async Task AppendAsync_ThenRead_RoundTripsWithoutBomAndLaterLinesWin()
    {
        var history = History();

        await history.AppendAsync([KeyValuePair.Create("old-slug", "aaaa"), KeyValuePair.Create("new-slug", "aaaa")], CancellationToken.None);
        await history.AppendAsync([KeyValuePair.Create("old-slug", "bbbb")], CancellationToken.None);
        var slugs = await history.ReadAsync(CancellationToken.None);

        Assert.Equal("bbbb", slugs["OLD-SLUG"]);
        Assert.Equal("aaaa", slugs["new-slug"]);
        Assert.Equal((byte)'#', File.ReadAllBytes(history.Path)[0]);
        Assert.Empty(_logger.Collector.GetSnapshot());
    }

    [Fact]
    public async Task AppendAsync_AnotherProcessAppendedSinceRead_KeepsBothEntries()
    {
        // Two replicas sharing one seeds folder: each read the file at start, then each appends.
        var first = History();
        var second = History();
        await first.ReadAsync(CancellationToken.None);
        await second.ReadAsync(CancellationToken.None);

        await first.AppendAsync([KeyValuePair.Create("first-slug", "aaaa")], CancellationToken.None);
        await second.AppendAsync([KeyValuePair.Create("second-slug", "bbbb")], CancellationToken.None);
        var slugs = await History().ReadAsync(CancellationToken.None);

        Assert.Equal("aaaa", slugs["first-slug"]);
        Assert.Equal("bbbb", slugs["second-slug"]);
    }

    [Fact]
    public async Task AppendAsync_ManyWritersAtOnce_NoEntryLost()
    {
        var writers = Enumerable.Range(0, 16).Select(_ => History()).ToList();
        foreach (var writer in writers)
        {
            await writer.ReadAsync(CancellationToken.None);
        }

        await Task.WhenAll(writers.Select((writer, i) =>
            Task.Run(() => writer.AppendAsync([KeyValuePair.Create($"slug-{i}", $"id-{i}")], CancellationToken.None))));
        var slugs = await History().ReadAsync(CancellationToken.None);

        Assert.Equal(writers.Count, slugs.Count);
        Assert.Empty(_logger.Collector.GetSnapshot());
    }

    [Fact]
    public async Task ReadAsync_MalformedLine_SkippedAndLoggedWithLineNumber()
    {
        _folder.Write(".newsreader/permalinks.tsv", "# header\ngood\tid1\nno-tab-here\n\nalso\tgood\n");

        var slugs = await History().ReadAsync(CancellationToken.None);

        Assert.Equal(2, slugs.Count);
        var warning = Assert.Single(_logger.Collector.GetSnapshot());
        Assert.Equal(LogLevel.Warning, warning.Level);
        Assert.Equal("3", warning.GetStructuredStateValue("LineNumber"));
    }

    [Theory]
    [InlineData("two\ttabs\there")]
    [InlineData("\tno-slug")]
    [InlineData("no-id\t")]
    public async Task ReadAsync_LineNotOneSlugAndOneId_Skipped(string line)
    {
        _folder.Write(".newsreader/permalinks.tsv", $"good\tid1\n{line}\n");

        var slugs = await History().ReadAsync(CancellationToken.None);

        Assert.Equal("id1", Assert.Single(slugs).Value);
        Assert.Equal("2", Assert.Single(_logger.Collector.GetSnapshot()).GetStructuredStateValue("LineNumber"));
    }

    [Fact]
    public async Task ReadAsync_WindowsLineEndsAndBom_ReadAsWritten()
    {
        _folder.Write(".newsreader/permalinks.tsv", "\uFEFF# header\r\nfirst-slug\taaaa\r\nsecond-slug\tbbbb\r\n");

        var slugs = await History().ReadAsync(CancellationToken.None);

        Assert.Equal("aaaa", slugs["first-slug"]);
        Assert.Equal("bbbb", slugs["SECOND-SLUG"]);
        Assert.Equal(2, slugs.Count);
        Assert.Empty(_logger.Collector.GetSnapshot());
    }

    [Fact]
    public async Task AppendAsync_Unwritable_LogsInsteadOfThrowing()
    {
        _folder.Write(".newsreader", "a file where the folder should be");

        await History().AppendAsync([KeyValuePair.Create("slug", "id")], CancellationToken.None);

        Assert.Equal(LogLevel.Warning, Assert.Single(_logger.Collector.GetSnapshot()).Level);
    }

    [Fact]
    public void SnapshotCreate_HistoryWithFormerSlug_ResolvesItToCurrentArticle()
    {
        var article = ArticleFactory.Make("000_aaaaaaaaaaaaaaaa.txt", "New title");
        var history = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase) { ["old-title"] = "aaaaaaaaaaaaaaaa" };

        var snapshot = ArticleSnapshot.Create([article], [], history);

        Assert.Equal(new PermalinkResolution(PermalinkStatus.Moved, snapshot.FindBySlug("new-title")), snapshot.ResolveSlug("old-title"));
        Assert.Null(snapshot.FindBySlug("old-title"));
        var added = Assert.Single(snapshot.PermalinksNotIn(history));
        Assert.Equal(("new-title", "aaaaaaaaaaaaaaaa"), (added.Key, added.Value));
    }

    [Fact]
    public void SnapshotCreate_FormerSlugOfAnExistingArticle_NewcomerGetsSuffix()
    {
        var retitled = ArticleFactory.Make("000_aaaaaaaaaaaaaaaa.txt", "Its new title");
        var newcomer = ArticleFactory.Make("000_bbbbbbbbbbbbbbbb.txt", "Taken title");
        var history = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase) { ["taken-title"] = "aaaaaaaaaaaaaaaa" };

        var snapshot = ArticleSnapshot.Create([retitled, newcomer], [], history);

        Assert.Equal("taken-title-bbbbbbbb", snapshot.FindById("bbbbbbbbbbbbbbbb")?.Slug);
        Assert.Equal(PermalinkStatus.Moved, snapshot.ResolveSlug("taken-title").Status);
    }

    [Fact]
    public void SnapshotCreate_FormerSlugOfADeletedArticle_IsFreeAgain()
    {
        var newcomer = ArticleFactory.Make("000_bbbbbbbbbbbbbbbb.txt", "Taken title");
        var history = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase) { ["taken-title"] = "aaaaaaaaaaaaaaaa" };

        var snapshot = ArticleSnapshot.Create([newcomer], [], history);

        Assert.Equal("taken-title", snapshot.Articles[0].Slug);
    }
}
