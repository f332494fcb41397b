using System.Diagnostics;
using Microsoft.Extensions.Logging;
using NewsReader.Files;
using NewsReader.Search;
using NewsReader.Topics;

namespace NewsReader.Persistence;

/// <summary>
/// Writes the snapshot store and the saved index off the load's path: a publish never waits for
/// them. The first state is written at once; while files keep changing, at most one write per
/// <see cref="MinimumInterval"/>, always of the latest state (states in between are skipped, not queued).
/// </summary>
public sealed partial class SnapshotStoreWriter(string folder, string fingerprint, SeedsFolderBoundary boundary, TimeProvider timeProvider, ILogger logger)
{
    private readonly Lock _gate = new();
    private IReadOnlyList<StoredFile>? _pendingFiles;
    private (SearchIndex Index, TopicIndex Topics)? _pendingIndex;
    private Task _running = Task.CompletedTask;
    private bool _active;

    /// <summary>
    /// At 100,000 articles the two files are 800 MB and take seconds to write; editors save far more
    /// often, and a store a minute old costs the next start only the files changed in that minute.
    /// </summary>
    internal TimeSpan MinimumInterval { get; set; } = TimeSpan.FromSeconds(60);

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

    /// <param name="files">Every seed file's state, or null when they are as last saved.</param>
    /// <param name="index">The published snapshot's index and topics, or null when the index is the saved one.</param>
    public void Save(IReadOnlyList<StoredFile>? files, (SearchIndex Index, TopicIndex Topics)? index)
    {
        if (files is null && index is null)
        {
            return;
        }

        lock (_gate)
        {
            _pendingFiles = files ?? _pendingFiles;
            _pendingIndex = index ?? _pendingIndex;
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
            IReadOnlyList<StoredFile>? files;
            (SearchIndex Index, TopicIndex Topics)? index;
            lock (_gate)
            {
                (files, index) = (_pendingFiles, _pendingIndex);
                (_pendingFiles, _pendingIndex) = (null, null);
            }

            await WriteNowAsync(files, index).ConfigureAwait(false);
            lock (_gate)
            {
                if (_pendingFiles is null && _pendingIndex is null)
                {
                    _active = false;
                    return;
                }
            }

            await Task.Delay(MinimumInterval, timeProvider).ConfigureAwait(false);
        }
    }

    private async Task WriteNowAsync(IReadOnlyList<StoredFile>? files, (SearchIndex Index, TopicIndex Topics)? index)
    {
        var started = Stopwatch.GetTimestamp();
        try
        {
            if (files is not null)
            {
                await SnapshotStore.WriteAsync(folder, fingerprint, files, boundary).ConfigureAwait(false);
            }

            if (index is var (searchIndex, topics))
            {
                await IndexStore.WriteAsync(folder, fingerprint, searchIndex, boundary, topics).ConfigureAwait(false);
            }

            var elapsed = (long)Stopwatch.GetElapsedTime(started).TotalMilliseconds;
            LogSaved(files is null ? "the search index" : index is null ? "the articles" : "the articles and the search index", folder, elapsed);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            LogNotSaved(folder, ex.Message);
        }
        finally
        {
            // Writing read every body, topic candidate and posting through the mappings they came
            // from, as did the settling of topics before it.
            MappedFile.ReleaseResidentPages();
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Saved {What} to the snapshot store in {CacheFolder} in {ElapsedMilliseconds} ms")]
    private partial void LogSaved(string what, string cacheFolder, long elapsedMilliseconds);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not save the snapshot store in {CacheFolder}: {Reason}; the next start parses the files again")]
    private partial void LogNotSaved(string cacheFolder, string reason);
}
