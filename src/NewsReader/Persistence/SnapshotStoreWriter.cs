using System.Diagnostics;
using Microsoft.Extensions.Logging;
using NewsReader.Files;

namespace NewsReader.Persistence;

/// <summary>
/// Writes the snapshot store off the load's path: a publish never waits for it. The first state is
/// written at once; while files keep changing, at most one write per <see cref="MinimumInterval"/>,
/// always of the latest state (states in between are skipped, not queued).
/// </summary>
public sealed partial class SnapshotStoreWriter(string folder, string fingerprint, SeedsFolderBoundary boundary, TimeProvider timeProvider, ILogger logger)
{
    private readonly Lock _gate = new();
    private IReadOnlyList<StoredFile>? _pending;
    private Task _running = Task.CompletedTask;
    private bool _active;

    /// <summary>A 100,000-article store takes a couple of seconds to write; editors save far more often.</summary>
    internal TimeSpan MinimumInterval { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>Completes once everything handed to <see cref="Save"/> so far is written (or failed, logged).</summary>
    public Task Idle
    {
        get
        {
            lock (_gate)
            {
                return _running;
            }
        }
    }

    public void Save(IReadOnlyList<StoredFile> files)
    {
        ArgumentNullException.ThrowIfNull(files);
        lock (_gate)
        {
            _pending = files;
            if (!_active)
            {
                _active = true;
                _running = Task.Run(WriteLatestAsync);
            }
        }
    }

    private async Task WriteLatestAsync()
    {
        while (true)
        {
            IReadOnlyList<StoredFile> files;
            lock (_gate)
            {
                files = _pending!;
                _pending = null;
            }

            WriteNow(files);
            lock (_gate)
            {
                if (_pending is null)
                {
                    _active = false;
                    return;
                }
            }

            await Task.Delay(MinimumInterval, timeProvider).ConfigureAwait(false);
        }
    }

    private void WriteNow(IReadOnlyList<StoredFile> files)
    {
        var started = Stopwatch.GetTimestamp();
        try
        {
            SnapshotStore.Write(folder, fingerprint, files, boundary);
            var elapsed = (long)Stopwatch.GetElapsedTime(started).TotalMilliseconds;
            var megabytes = new FileInfo(Path.Join(folder, SnapshotStore.FileName)).Length / (1024 * 1024);
            LogSaved(files.Count, megabytes, folder, elapsed);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            LogNotSaved(folder, ex.Message);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Saved the snapshot store of {FileCount} files ({Megabytes} MB) in {CacheFolder} in {ElapsedMilliseconds} ms")]
    private partial void LogSaved(int fileCount, long megabytes, string cacheFolder, long elapsedMilliseconds);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not save the snapshot store in {CacheFolder}: {Reason}; the next start parses the files again")]
    private partial void LogNotSaved(string cacheFolder, string reason);
}
