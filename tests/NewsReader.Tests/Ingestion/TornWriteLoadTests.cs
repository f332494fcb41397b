using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using NewsReader.Ingestion;
using NewsReader.Tests.TestData;

namespace NewsReader.Tests.Ingestion;

/// <summary>
/// A file caught half-written is not published. Times are set on the files instead of slept
/// through: a write "an hour ago" has settled, a write "now" has not (the settle time is an hour).
/// </summary>
public sealed class TornWriteLoadTests : IDisposable
{
    private const string Whole = "Rewritten story\n\nThe first paragraph, whole.\n\nThe second paragraph, whole.";
    private readonly TempFolder _seeds = new();

    public void Dispose() => _seeds.Dispose();

    private SeedFolderLoader Loader(int settleMilliseconds) => new(
        Options.Create(new SeedsOptions { Path = _seeds.Path, SettleMilliseconds = settleMilliseconds }),
        TimeProvider.System,
        NullLogger<SeedFolderLoader>.Instance);

    private void Write(string name, string text, TimeSpan ago) =>
        File.SetLastWriteTimeUtc(_seeds.Write(name, text), DateTime.UtcNow - ago);

    [Fact]
    public async Task LoadAsync_FileRewrittenHalfwayAtReload_KeepsLastGoodVersionThenPublishesTheSettledOne()
    {
        using var loader = Loader(settleMilliseconds: 3_600_000);
        Write("story.txt", Whole, ago: TimeSpan.FromHours(2));
        Assert.Equal("The first paragraph, whole.", (await loader.LoadAsync(_seeds.Path, CancellationToken.None)).Articles.Single().Standfirst);

        Write("story.txt", "Rewritten story\n\nThe first para", ago: TimeSpan.Zero);
        var torn = await loader.LoadAsync(_seeds.Path, CancellationToken.None);

        Assert.Equal("The first paragraph, whole.", torn.Articles.Single().Standfirst);
        Assert.Equal(0, torn.ParsedFiles);
        Assert.NotNull(loader.RetryAfter);

        Write("story.txt", Whole.Replace("whole", "new", StringComparison.Ordinal), ago: TimeSpan.FromHours(2));
        var settled = await loader.LoadAsync(_seeds.Path, CancellationToken.None);

        Assert.Equal("The first paragraph, new.", settled.Articles.Single().Standfirst);
        Assert.Null(loader.RetryAfter);
    }

    [Fact]
    public async Task LoadAsync_NewFileStillBeingWritten_NotPublishedNorRejected()
    {
        using var loader = Loader(settleMilliseconds: 3_600_000);
        Write("old.txt", Whole, ago: TimeSpan.FromHours(2));
        await loader.LoadAsync(_seeds.Path, CancellationToken.None);

        Write("new.txt", "New story\n\nHalf of its fir", ago: TimeSpan.Zero);
        var report = await loader.LoadAsync(_seeds.Path, CancellationToken.None);

        Assert.Equal(["old.txt"], report.Articles.Select(a => a.SourceFile));
        Assert.Empty(report.Rejected);
    }

    [Fact]
    public async Task LoadAsync_FirstLoadWithFreshFiles_WaitsOnceAndPublishesThemAll()
    {
        using var loader = Loader(settleMilliseconds: 100);
        for (var i = 0; i < 20; i++)
        {
            _seeds.Write($"{i:00}.txt", $"Story {i}\n\nBody {i}.");
        }

        var report = await loader.LoadAsync(_seeds.Path, CancellationToken.None);

        Assert.Equal(20, report.Articles.Length);
        Assert.Null(loader.RetryAfter);
    }
}
