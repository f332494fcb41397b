using Microsoft.Extensions.Logging.Testing;
using Microsoft.Extensions.Time.Testing;
using NewsReader.Ingestion;

namespace NewsReader.Tests.Ingestion;

/// <summary>The progress log line: at the interval while a load runs, with its figures, and never after it.</summary>
public sealed class LoadProgressReporterTests : IDisposable
{
    private readonly FakeTimeProvider _clock = new();
    private readonly FakeLogger<LoadProgressReporter> _logger = new();
    private readonly LoadProgress _progress;
    private readonly IDisposable _listening;

    public LoadProgressReporterTests()
    {
        _progress = new LoadProgress(_clock);
        _listening = new LoadProgressReporter(_progress, _clock, _logger).Listen();
    }

    public void Dispose() => _listening.Dispose();

    private IReadOnlyList<string> Lines => [.. _logger.Collector.GetSnapshot().Select(r => r.Message)];

    /// <summary>Parses <paramref name="perSecond"/> files in each of <paramref name="seconds"/> seconds.</summary>
    private void ParseFor(int seconds, int perSecond)
    {
        for (var second = 0; second < seconds; second++)
        {
            for (var i = 0; i < perSecond; i++)
            {
                _progress.FileParsed();
            }

            _clock.Advance(TimeSpan.FromSeconds(1));
        }
    }

    [Fact]
    public void Listen_LongLoad_ALineAtEachIntervalWithTheFiguresAndNoneAfterTheEnd()
    {
        _progress.Begin();
        _progress.StartParsing(found: 100_000, toParse: 100_000);

        ParseFor(seconds: 3, perSecond: 9_800);
        Assert.Equal(["Loading seeds: 29,400 of 100,000 files parsed (100,000 found), 9,800 a second, about 8 s left"], Lines);

        ParseFor(seconds: 3, perSecond: 9_800);
        Assert.Equal(2, Lines.Count);
        Assert.Equal("Loading seeds: 58,800 of 100,000 files parsed (100,000 found), 9,800 a second, about 5 s left", Lines[1]);
        var record = _logger.Collector.LatestRecord;
        Assert.Equal("58800", record.GetStructuredStateValue("ParsedFiles"));
        Assert.Equal("100000", record.GetStructuredStateValue("FilesToParse"));
        Assert.Equal("100000", record.GetStructuredStateValue("FilesFound"));
        Assert.Equal("9800", record.GetStructuredStateValue("FilesPerSecond"));
        Assert.Equal("5", record.GetStructuredStateValue("SecondsLeft"));

        _progress.End();
        _clock.Advance(TimeSpan.FromSeconds(30));
        Assert.Equal(2, Lines.Count);
    }

    [Fact]
    public void Listen_ReloadShorterThanTheInterval_NoLine()
    {
        _progress.Begin();
        _progress.StartParsing(found: 100_000, toParse: 3);
        ParseFor(seconds: 2, perSecond: 1);
        _progress.End();

        _clock.Advance(TimeSpan.FromSeconds(30));

        Assert.Empty(Lines);
    }

    [Fact]
    public void Listen_SecondLoad_IntervalCountedFromItsOwnStart()
    {
        _progress.Begin();
        _clock.Advance(TimeSpan.FromSeconds(2));
        _progress.End();
        _clock.Advance(TimeSpan.FromSeconds(0.5));
        _progress.Begin();

        _clock.Advance(TimeSpan.FromSeconds(2));
        Assert.Empty(Lines);
        _clock.Advance(TimeSpan.FromSeconds(1));

        Assert.Equal(["Loading seeds: scanning the seeds folder, 3 s so far"], Lines);
    }

    [Fact]
    public void Listen_ParsingJustBegun_SaysTheRateIsNotKnownYet()
    {
        _progress.Begin();
        _clock.Advance(TimeSpan.FromSeconds(2.5));
        _progress.StartParsing(found: 12_345, toParse: 12_000);
        _progress.FileParsed();

        _clock.Advance(TimeSpan.FromSeconds(0.5));

        Assert.Equal(["Loading seeds: 1 of 12,000 files parsed (12,345 found), rate not known yet"], Lines);
    }

    [Fact]
    public void Listen_Publishing_SaysTheIndexIsBeingBuilt()
    {
        _progress.Begin();
        _progress.StartParsing(found: 100, toParse: 100);
        ParseFor(seconds: 2, perSecond: 50);
        _progress.EnterPhase(LoadPhase.Publishing);

        _clock.Advance(TimeSpan.FromSeconds(1));

        Assert.Equal(["Loading seeds: 100 of 100 files parsed (100 found), now building the index, 3 s so far"], Lines);
    }

    [Fact]
    public void Listen_LoadBegunBeforeListening_ReportsIt()
    {
        // The host begins the first load before its ingestion service listens (ReloadLoop.BeginFirstLoad).
        _listening.Dispose();
        _progress.Begin();
        _progress.StartParsing(found: 100_000, toParse: 100_000);

        using var listening = new LoadProgressReporter(_progress, _clock, _logger).Listen();
        ParseFor(seconds: 3, perSecond: 9_800);

        Assert.Equal(["Loading seeds: 29,400 of 100,000 files parsed (100,000 found), 9,800 a second, about 8 s left"], Lines);
    }

    [Fact]
    public void Dispose_ThenALoad_NoLine()
    {
        _listening.Dispose();

        _progress.Begin();
        _clock.Advance(TimeSpan.FromSeconds(30));

        Assert.Empty(Lines);
    }
}
