using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;
using Microsoft.Extensions.Options;
using NewsReader.Articles;
using NewsReader.Ingestion;
using NewsReader.Parsing;
using NewsReader.Tests.TestData;
using static NewsReader.Tests.Parsing.HostileInputs;

namespace NewsReader.Tests.Ingestion;

/// <summary>One file's parser failing, or running long, rejects that file and no other.</summary>
public sealed class ParseIsolationTests : IDisposable
{
    private readonly TempFolder _seeds = new();
    private readonly FakeLogger<SeedFolderLoader> _logger = new();

    public void Dispose() => _seeds.Dispose();

    // A generous budget, so a slow first parse on a busy machine (JIT, cold caches) is never the
    // reason a good file fails; the over-budget test sets a short one of its own.
    private SeedsOptions Options(int parseTimeoutSeconds = 60) =>
        new() { Path = _seeds.Path, ParseTimeoutSeconds = parseTimeoutSeconds, SettleMilliseconds = 0 };

    [Fact]
    public async Task LoadAsync_FilesThatBrokeTheParsers_RejectedWhileTheRestLoads()
    {
        _seeds.Write("good.txt", "Good story\n\nIt loads.");
        _seeds.Write("utf7.html", "<html><head><meta charset=\"utf-7\"><title>Seven</title></head><body><p>A page that says it is UTF-7.</p></body></html>");
        _seeds.Write("lists.md", "# Lists\n\n" + Repeat("- ", 100) + "deep\n");
        _seeds.Write("yaml.md", WithFrontMatter("tags: " + Repeat("[", 100) + Repeat("]", 100)));
        using var loader = new SeedFolderLoader(Microsoft.Extensions.Options.Options.Create(Options()), TimeProvider.System, _logger);

        var report = await loader.LoadAsync(_seeds.Path, CancellationToken.None);

        Assert.Equal(["good.txt", "utf7.html"], report.Articles.Select(a => a.SourceFile));
        Assert.Equal(["lists.md", "yaml.md"], report.Rejected.Select(r => r.SourceFile));
    }

    [Fact]
    public async Task LoadAsync_ParserThrows_FileRejectedWithTheErrorAndLoggedOnce()
    {
        _seeds.Write("good.txt", "Good story\n\nIt loads.");
        _seeds.Write("bad.txt", "Bad story\n\nIts parser throws.");
        using var loader = LoaderWith((bytes, file, zone, token) => file == "bad.txt"
            ? throw new InvalidOperationException("the parser broke\n   at Somewhere()")
            : ArticleFileParser.Parse(bytes, file, zone, cancellationToken: token));

        var report = await loader.LoadAsync(_seeds.Path, CancellationToken.None);

        Assert.Equal(["good.txt"], report.Articles.Select(a => a.SourceFile));
        var rejected = Assert.Single(report.Rejected);
        Assert.Equal(("bad.txt", "the parser failed on this file (InvalidOperationException: the parser broke)"), (rejected.SourceFile, rejected.Reason));
        var warning = Assert.Single(_logger.Collector.GetSnapshot(), r => r.Level == LogLevel.Warning);
        Assert.Equal("bad.txt", warning.GetStructuredStateValue("SeedFile"));
    }

    [Fact]
    public async Task LoadAsync_ParserOverBudget_RejectedNamingTheSetting()
    {
        _seeds.Write("good.txt", "Good story\n\nIt loads.");
        _seeds.Write("slow.txt", "Slow story\n\nIts parser runs until it is told to stop.");
        var stopped = false;
        using var loader = LoaderWith(parseTimeoutSeconds: 1, parse: (bytes, file, zone, token) =>
        {
            if (file != "slow.txt")
            {
                return ArticleFileParser.Parse(bytes, file, zone, cancellationToken: token);
            }

            // A parser that only stops when its budget says so, as the real ones check between stages.
            token.WaitHandle.WaitOne(TimeSpan.FromSeconds(30));
            stopped = token.IsCancellationRequested;
            token.ThrowIfCancellationRequested();
            return ParseResult.Fail<Article>("not reached");
        });

        var report = await loader.LoadAsync(_seeds.Path, CancellationToken.None);

        Assert.True(stopped);
        Assert.Equal(["good.txt"], report.Articles.Select(a => a.SourceFile));
        var rejected = Assert.Single(report.Rejected);
        Assert.Equal("parsing took longer than the 1 s budget set by Seeds:ParseTimeoutSeconds", rejected.Reason);
    }

    [Fact]
    public async Task LoadAsync_LoadItselfCancelled_Throws()
    {
        _seeds.Write("story.txt", "Story\n\nBody.");
        using var cancelled = new CancellationTokenSource();
        using var loader = LoaderWith((_, _, _, _) =>
        {
            cancelled.Cancel();
            cancelled.Token.ThrowIfCancellationRequested();
            return ParseResult.Fail<Article>("not reached");
        });

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => loader.LoadAsync(_seeds.Path, cancelled.Token));
    }

    private SeedFolderLoader LoaderWith(Func<byte[], string, TimeZoneInfo, CancellationToken, ParseResult<Article>> parse, int parseTimeoutSeconds = 60) =>
        new(Microsoft.Extensions.Options.Options.Create(Options(parseTimeoutSeconds)), TimeProvider.System, _logger, parse);
}
