using Microsoft.Extensions.Logging;

namespace NewsReader.Ingestion;

/// <summary>
/// Logs how far a load is every <see cref="Interval"/> while it runs. The timer starts with a load
/// and stops with it, so a reload that finishes within the interval writes no line at all.
/// </summary>
public sealed partial class LoadProgressReporter(LoadProgress progress, TimeProvider timeProvider, ILogger<LoadProgressReporter> logger)
{
    /// <summary>Often enough to see a long load move, rarely enough not to flood the log.</summary>
    public static readonly TimeSpan Interval = TimeSpan.FromSeconds(3);

    private readonly Lock _gate = new();
    private ITimer? _timer;

    /// <summary>Reports the load under way, if any, and those that begin until the returned subscription is disposed.</summary>
    public IDisposable Listen()
    {
        progress.LoadStarted += Start;
        progress.LoadFinished += Stop;
        // The host may begin the first load before it listens (ReloadLoop.BeginFirstLoad).
        if (progress.IsLoading)
        {
            Start();
        }

        return new Subscription(this);
    }

    private void StopListening()
    {
        progress.LoadStarted -= Start;
        progress.LoadFinished -= Stop;
        Stop();
    }

    private void Start()
    {
        lock (_gate)
        {
            _timer?.Dispose();
            _timer = timeProvider.CreateTimer(_ => Tick(), null, Interval, Interval);
        }
    }

    private void Stop()
    {
        lock (_gate)
        {
            _timer?.Dispose();
            _timer = null;
        }
    }

    private void Tick()
    {
        // Under the lock, so a tick that raced the end of the load cannot write a line after it.
        lock (_gate)
        {
            if (_timer is not null && progress.Read() is { } report)
            {
                Write(report);
            }
        }
    }

    private void Write(LoadProgressReport report)
    {
        var elapsedSeconds = (long)report.Elapsed.TotalSeconds;
        if (report.Phase is LoadPhase.Scanning or LoadPhase.ReadingStore)
        {
            LogPhase(report.Activity, elapsedSeconds);
        }
        else if (report.Phase == LoadPhase.Publishing)
        {
            LogPublishing(report.Parsed, report.ToParse, report.Found, report.Activity, elapsedSeconds);
        }
        else if (report is { PerSecond: { } perSecond, TimeLeft: { } left })
        {
            var rounded = (long)Math.Round(perSecond);
            var secondsLeft = (long)Math.Ceiling(left.TotalSeconds);
            LogParsing(report.Parsed, report.ToParse, report.Found, rounded, secondsLeft);
        }
        else
        {
            LogParsingStarted(report.Parsed, report.ToParse, report.Found);
        }
    }

    private sealed class Subscription(LoadProgressReporter reporter) : IDisposable
    {
        public void Dispose() => reporter.StopListening();
    }

    [LoggerMessage(Level = LogLevel.Information,
        Message = "Loading seeds: {ParsedFiles:N0} of {FilesToParse:N0} files parsed ({FilesFound:N0} found), {FilesPerSecond:N0} a second, about {SecondsLeft} s left")]
    private partial void LogParsing(int parsedFiles, int filesToParse, int filesFound, long filesPerSecond, long secondsLeft);

    [LoggerMessage(Level = LogLevel.Information,
        Message = "Loading seeds: {ParsedFiles:N0} of {FilesToParse:N0} files parsed ({FilesFound:N0} found), rate not known yet")]
    private partial void LogParsingStarted(int parsedFiles, int filesToParse, int filesFound);

    [LoggerMessage(Level = LogLevel.Information,
        Message = "Loading seeds: {ParsedFiles:N0} of {FilesToParse:N0} files parsed ({FilesFound:N0} found), now {Activity}, {ElapsedSeconds} s so far")]
    private partial void LogPublishing(int parsedFiles, int filesToParse, int filesFound, string activity, long elapsedSeconds);

    [LoggerMessage(Level = LogLevel.Information, Message = "Loading seeds: {Activity}, {ElapsedSeconds} s so far")]
    private partial void LogPhase(string activity, long elapsedSeconds);
}
