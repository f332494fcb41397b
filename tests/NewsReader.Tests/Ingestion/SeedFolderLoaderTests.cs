using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;
using Microsoft.Extensions.Options;
using NewsReader.Files;
using NewsReader.Ingestion;
using NewsReader.Tests.TestData;

namespace NewsReader.Tests.Ingestion;

public sealed class SeedFolderLoaderTests : IDisposable
{
    private readonly TempFolder _seeds = new();
    private readonly FakeLogger<SeedFolderLoader> _logger = new();

    public void Dispose() => _seeds.Dispose();

    private Task<LoadReport> LoadAsync(long maxFileBytes = 1024 * 1024)
    {
        var loader = new SeedFolderLoader(
            Options.Create(new SeedsOptions { Path = _seeds.Path, MaxFileBytes = maxFileBytes, SettleMilliseconds = 0 }),
            TimeProvider.System,
            _logger);
        return loader.LoadAsync(_seeds.Path, CancellationToken.None);
    }

    [Fact]
    public async Task LoadAsync_BrokenFilesNextToGoodOnes_LoadsGoodAndRejectsEachWithReason()
    {
        _seeds.Write("good-1.txt", "First good\n\nBody one.");
        _seeds.Write("good-2.txt", "Second good\n\nBody two.");
        _seeds.Write("empty.txt", []);
        _seeds.Write("blank.txt", " \n\t\r\n ");
        _seeds.Write("binary.txt", [0x50, 0x4B, 0x03, 0x04, 0x00, 0x00, 0x08, 0x00]);
        _seeds.Write("huge.txt", "Huge\n\n" + new string('x', 5000));
        _seeds.Write("notes.docx", "Not a supported type");

        var report = await LoadAsync(maxFileBytes: 4096);

        Assert.Equal(["good-1.txt", "good-2.txt"], report.Articles.Select(a => a.SourceFile));
        var reasons = report.Rejected.ToDictionary(r => r.SourceFile, r => r.Reason);
        Assert.Equal(5, reasons.Count);
        Assert.Equal("the file is empty (0 bytes)", reasons["empty.txt"]);
        Assert.Equal("the file contains only whitespace", reasons["blank.txt"]);
        Assert.StartsWith("binary content", reasons["binary.txt"], StringComparison.Ordinal);
        Assert.Contains("over the limit of 4096 bytes set by Seeds:MaxFileBytes", reasons["huge.txt"], StringComparison.Ordinal);
        Assert.StartsWith("unsupported file type '.docx'", reasons["notes.docx"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task LoadAsync_RejectedFiles_OneStructuredWarningEachAndOneSummary()
    {
        _seeds.Write("good.txt", "Good\n\nBody.");
        _seeds.Write("empty.txt", []);
        _seeds.Write("sub/binary.txt", [0x00, 0x01, 0x02]);

        await LoadAsync();

        var warnings = _logger.Collector.GetSnapshot().Where(r => r.Level == LogLevel.Warning).ToList();
        Assert.Equal(["empty.txt", "sub/binary.txt"], warnings.Select(w => w.GetStructuredStateValue("SeedFile")));
        Assert.All(warnings, w => Assert.False(string.IsNullOrEmpty(w.GetStructuredStateValue("Reason"))));
        var summary = Assert.Single(_logger.Collector.GetSnapshot(), r => r.Level == LogLevel.Information);
        Assert.Equal("1", summary.GetStructuredStateValue("ArticleCount"));
        Assert.Equal("2", summary.GetStructuredStateValue("RejectedCount"));
        Assert.NotNull(summary.GetStructuredStateValue("ElapsedMilliseconds"));
    }

    [Fact]
    public async Task LoadAsync_SameFileNameInSubfolders_KeepsBothWithDistinctIds()
    {
        _seeds.Write("business/001.txt", "Business story\n\nBody.");
        _seeds.Write("politics/001.txt", "Politics story\n\nBody.");

        var report = await LoadAsync();

        Assert.Equal(["business/001.txt", "politics/001.txt"], report.Articles.Select(a => a.SourceFile));
        Assert.NotEqual(report.Articles[0].Id, report.Articles[1].Id);
    }

    [Fact]
    public async Task LoadAsync_HiddenFiles_AreIgnored()
    {
        _seeds.Write("visible.txt", "Visible\n\nBody.");
        _seeds.Write(".hidden.txt", "Hidden\n\nBody.");
        _seeds.Write(".git/config.txt", "Config\n\nBody.");

        var report = await LoadAsync();

        Assert.Equal(["visible.txt"], report.Articles.Select(a => a.SourceFile));
        Assert.Empty(report.Rejected);
    }

    [Fact]
    public async Task LoadAsync_ManyFiles_AllLoadedInFileOrder()
    {
        for (var i = 0; i < 300; i++)
        {
            _seeds.Write($"{i:0000}.txt", $"Story {i}\n\nParagraph one of {i}.\n\nParagraph two.");
        }

        var report = await LoadAsync();

        Assert.Equal(300, report.Articles.Length);
        Assert.Equal(Enumerable.Range(0, 300).Select(i => $"{i:0000}.txt"), report.Articles.Select(a => a.SourceFile));
    }

    [Fact]
    public async Task LoadAsync_Latin1File_LoadsAndCountsAsRepaired()
    {
        _seeds.Write("latin1.txt", [.. "Prices\n\nIt cost "u8, 0xA3, .. "5."u8]);

        var report = await LoadAsync();

        var article = Assert.Single(report.Articles);
        Assert.True(article.Repaired);
        Assert.Equal("It cost £5.", article.Body[0].Text);
        Assert.Equal(1, report.RepairedCount);
    }
}
