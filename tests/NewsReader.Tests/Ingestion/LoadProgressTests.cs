using Microsoft.Extensions.Time.Testing;
using NewsReader.Ingestion;

namespace NewsReader.Tests.Ingestion;

/// <summary>The figures a load reports, on a clock the test moves.</summary>
public sealed class LoadProgressTests
{
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 12, 6, 9, 0, 0, TimeSpan.Zero));
    private readonly LoadProgress _progress;

    public LoadProgressTests() => _progress = new LoadProgress(_clock);

    private void Parse(int files)
    {
        for (var i = 0; i < files; i++)
        {
            _progress.FileParsed();
        }
    }

    [Fact]
    public void Read_NoLoadRunning_Null()
    {
        Assert.Null(_progress.Read());
        Assert.False(_progress.IsLoading);
    }

    [Fact]
    public void Read_WhileScanning_PhaseAndStartWithoutCountsOrEstimate()
    {
        _progress.Begin();
        _clock.Advance(TimeSpan.FromSeconds(4));

        var report = _progress.Read();

        Assert.NotNull(report);
        Assert.Equal(LoadPhase.Scanning, report.Phase);
        Assert.Equal((0, 0, 0), (report.Found, report.ToParse, report.Parsed));
        Assert.Equal(new DateTimeOffset(2026, 12, 6, 9, 0, 0, TimeSpan.Zero), report.StartedAt);
        Assert.Equal(TimeSpan.FromSeconds(4), report.Elapsed);
        Assert.Null(report.PerSecond);
        Assert.Null(report.TimeLeft);
        Assert.Equal("scanning the seeds folder", report.Activity);
    }

    [Fact]
    public void Read_TwoSecondsIntoParsing_RateAndTimeLeftFromTheFilesParsed()
    {
        _progress.Begin();
        _progress.StartParsing(found: 120_000, toParse: 100_000);
        Parse(10_000);
        _clock.Advance(TimeSpan.FromSeconds(2));

        var report = _progress.Read();

        Assert.NotNull(report);
        Assert.Equal((LoadPhase.Parsing, 120_000, 100_000, 10_000), (report.Phase, report.Found, report.ToParse, report.Parsed));
        Assert.Equal(5_000, report.PerSecond);
        Assert.Equal(TimeSpan.FromSeconds(18), report.TimeLeft);
    }

    [Fact]
    public void Read_LessThanASecondOfParsing_NoEstimateYet()
    {
        _progress.Begin();
        _progress.StartParsing(found: 1_000, toParse: 1_000);
        Parse(300);
        _clock.Advance(TimeSpan.FromMilliseconds(500));

        var report = _progress.Read();

        Assert.NotNull(report);
        Assert.Equal(300, report.Parsed);
        Assert.Null(report.PerSecond);
        Assert.Null(report.TimeLeft);
    }

    [Fact]
    public void Read_PaceDropsAfterTenSeconds_RateIsTheRecentPaceNotTheAverage()
    {
        _progress.Begin();
        _progress.StartParsing(found: 100_000, toParse: 100_000);
        for (var second = 0; second < 20; second++)
        {
            Parse(second < 10 ? 1_000 : 100);
            _clock.Advance(TimeSpan.FromSeconds(1));
            _progress.Read();
        }

        var report = _progress.Read();

        Assert.NotNull(report);
        Assert.Equal(11_000, report.Parsed);
        Assert.Equal(100, report.PerSecond);
        Assert.Equal(TimeSpan.FromSeconds(890), report.TimeLeft);
    }

    [Fact]
    public void Read_ReadsFurtherApartThanTheWindow_RateSinceTheLastRead()
    {
        _progress.Begin();
        _progress.StartParsing(found: 100_000, toParse: 100_000);
        Parse(30_000);
        _clock.Advance(TimeSpan.FromSeconds(15));
        _progress.Read();
        Parse(15_000);
        _clock.Advance(TimeSpan.FromSeconds(15));

        var report = _progress.Read();

        Assert.NotNull(report);
        Assert.Equal(1_000, report.PerSecond);
        Assert.Equal(TimeSpan.FromSeconds(55), report.TimeLeft);
    }

    [Fact]
    public void Read_NothingParsedForSeconds_RateZeroAndNoTimeLeft()
    {
        _progress.Begin();
        _progress.StartParsing(found: 10, toParse: 10);
        _clock.Advance(TimeSpan.FromSeconds(3));

        var report = _progress.Read();

        Assert.NotNull(report);
        Assert.Equal(0, report.PerSecond);
        Assert.Null(report.TimeLeft);
    }

    [Fact]
    public void Read_Publishing_KeepsTheCountsWithoutAnEstimate()
    {
        _progress.Begin();
        _progress.StartParsing(found: 50, toParse: 40);
        Parse(40);
        _clock.Advance(TimeSpan.FromSeconds(3));
        _progress.EnterPhase(LoadPhase.Publishing);

        var report = _progress.Read();

        Assert.NotNull(report);
        Assert.Equal((LoadPhase.Publishing, 50, 40, 40), (report.Phase, report.Found, report.ToParse, report.Parsed));
        Assert.Null(report.PerSecond);
        Assert.Null(report.TimeLeft);
        Assert.Equal("building the index", report.Activity);
    }

    [Fact]
    public void FileParsed_FromParallelWorkers_EveryFileCounted()
    {
        _progress.Begin();
        _progress.StartParsing(found: 200_000, toParse: 200_000);

        Parallel.For(0, 200_000, _ => _progress.FileParsed());

        Assert.Equal(200_000, _progress.Read()?.Parsed);
    }

    [Fact]
    public void FileParsed_HotPath_AllocatesNothing()
    {
        _progress.Begin();
        _progress.StartParsing(found: 10_000, toParse: 10_000);
        _progress.FileParsed();

        var before = GC.GetAllocatedBytesForCurrentThread();
        Parse(10_000);
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.Equal(0, allocated);
    }

    [Fact]
    public void BeginAndEnd_RaiseTheirEventsOnceAndAReloadStartsFromZero()
    {
        var events = new List<string>();
        _progress.LoadStarted += () => events.Add("started");
        _progress.LoadFinished += () => events.Add("finished");
        _progress.Begin();
        _progress.StartParsing(found: 5, toParse: 5);
        Parse(5);
        _progress.End();
        _progress.End();
        Assert.Null(_progress.Read());

        _progress.Begin();

        Assert.Equal(["started", "finished", "started"], events);
        Assert.Equal((LoadPhase.Scanning, 0, 0, 0), (_progress.Read()?.Phase, _progress.Read()?.Found, _progress.Read()?.ToParse, _progress.Read()?.Parsed));
    }
}
