using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using NewsReader.Ingestion;
using NewsReader.Storage;
using NewsReader.Tests.Shared;
using NewsReader.Tests.TestData;

namespace NewsReader.Tests.Ingestion;

/// <summary>What the loader and the ingestor tell <see cref="LoadProgress"/> about a real load, held at a file's parse.</summary>
public sealed class LoadProgressFeedTests : IDisposable
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(15);

    private readonly TempFolder _seeds = new();
    private readonly LoadProgress _progress = new(TimeProvider.System);
    private readonly HeldParse _parse = new();
    private readonly SeedFolderLoader _loader;
    private readonly ArticleIngestor _ingestor;

    public LoadProgressFeedTests()
    {
        var options = Options.Create(new SeedsOptions { Path = _seeds.Path, SettleMilliseconds = 0 });
        _loader = new SeedFolderLoader(options, TimeProvider.System, NullLogger<SeedFolderLoader>.Instance, _parse.ParseOrHold, progress: _progress);
        _ingestor = new ArticleIngestor(_loader, new ArticleRepository(), options, TimeProvider.System, NullLoggerFactory.Instance, _progress);
    }

    public void Dispose()
    {
        _ingestor.Dispose();
        _loader.Dispose();
        _parse.Dispose();
        _seeds.Dispose();
    }

    [Fact]
    public async Task IngestAsync_HeldAtAFile_ParsingWithTheFolderCountsThenNoLoadOnceDone()
    {
        _seeds.Write("a.txt", "First story\n\nBody.");
        _seeds.Write("b.txt", "Second story\n\nBody.");
        _seeds.Write("c.txt", "Third story\n\nBody.");
        _parse.HeldFile = "c.txt";

        var load = _ingestor.IngestAsync(CancellationToken.None);
        await _parse.Held.WaitAsync(Patience);
        var during = _progress.Read();
        _parse.Release();
        await load.WaitAsync(Patience);

        Assert.NotNull(during);
        Assert.Equal((LoadPhase.Parsing, 3, 3), (during.Phase, during.Found, during.ToParse));
        Assert.InRange(during.Parsed, 0, 2);
        Assert.Null(_progress.Read());
    }

    [Fact]
    public async Task IngestAsync_ReloadAfterOneFileChanged_CountsOnlyThatFileAmongAllFound()
    {
        _seeds.Write("a.txt", "First story\n\nBody.");
        _seeds.Write("b.txt", "Second story\n\nBody.");
        await _ingestor.IngestAsync(CancellationToken.None).WaitAsync(Patience);
        var events = 0;
        _progress.LoadFinished += () => events++;
        _seeds.Write("b.txt", "Second story, longer now\n\nBody.");
        _parse.HeldFile = "b.txt";

        var load = _ingestor.IngestAsync(CancellationToken.None);
        await _parse.Held.WaitAsync(Patience);
        var during = _progress.Read();
        _parse.Release();
        await load.WaitAsync(Patience);

        Assert.NotNull(during);
        Assert.Equal((LoadPhase.Parsing, 2, 1, 0), (during.Phase, during.Found, during.ToParse, during.Parsed));
        Assert.Equal(1, events);
    }

    [Fact]
    public async Task LoadAsync_EveryFileRead_ParsedEqualsToParseRejectedFilesIncluded()
    {
        _seeds.Write("a.txt", "First story\n\nBody.");
        _seeds.Write("empty.txt", "");
        _seeds.Write("picture.bin", "not an article");
        _progress.Begin();

        await _loader.LoadAsync(_seeds.Path, CancellationToken.None).WaitAsync(Patience);

        var report = _progress.Read();
        Assert.NotNull(report);
        Assert.Equal((3, 3, 3), (report.Found, report.ToParse, report.Parsed));
    }
}
