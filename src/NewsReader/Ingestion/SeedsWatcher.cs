using System.Threading.Channels;
using Microsoft.Extensions.Logging;

namespace NewsReader.Ingestion;

/// <summary>
/// Turns file-system events under the seeds folder into a "something changed" signal. Events
/// are only a hint: the loader compares sizes and times itself, and a periodic rescan covers
/// events that never arrive (network shares, a full event buffer).
/// </summary>
public sealed partial class SeedsWatcher : IDisposable
{
    private readonly Channel<bool> _signal = Channel.CreateBounded<bool>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite });
    private readonly FileSystemWatcher? _watcher;
    private readonly ILogger _logger;

    public SeedsWatcher(string folder, bool enabled, ILogger logger)
    {
        _logger = logger;
        if (!enabled)
        {
            return;
        }

        try
        {
            _watcher = new FileSystemWatcher(folder)
            {
                IncludeSubdirectories = true,
                InternalBufferSize = 64 * 1024,
                NotifyFilter = NotifyFilters.FileName | NotifyFilters.DirectoryName | NotifyFilters.LastWrite | NotifyFilters.Size | NotifyFilters.CreationTime,
            };
            _watcher.Changed += (_, e) => OnEvent(e.FullPath);
            _watcher.Created += (_, e) => OnEvent(e.FullPath);
            _watcher.Deleted += (_, e) => OnEvent(e.FullPath);
            _watcher.Renamed += (_, e) => OnEvent(e.FullPath);
            _watcher.Error += (_, e) => OnError(e.GetException());
            _watcher.EnableRaisingEvents = true;
        }
        catch (Exception ex) when (ex is IOException or ArgumentException or PlatformNotSupportedException or UnauthorizedAccessException)
        {
            _watcher?.Dispose();
            _watcher = null;
            LogWatchFailed(folder, ex.Message);
        }
    }

    public ChannelReader<bool> Changes => _signal.Reader;

    public void Dispose() => _watcher?.Dispose();

    /// <summary>Signals a change that arrived another way than a file event (a bucket's mirror finished a copy).</summary>
    public void Notify() => _signal.Writer.TryWrite(true);

    private void OnEvent(string path)
    {
        // The app's own bookkeeping (.newsreader/) and other hidden files never hold articles.
        if (!path.Contains($"{Path.DirectorySeparatorChar}.", StringComparison.Ordinal))
        {
            _signal.Writer.TryWrite(true);
        }
    }

    private void OnError(Exception error)
    {
        LogEventsLost(error.Message);
        _signal.Writer.TryWrite(true);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Cannot watch {SeedsFolder} for changes ({Reason}); changes will be picked up by the periodic rescan only")]
    private partial void LogWatchFailed(string seedsFolder, string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "File change events were lost ({Reason}); rescanning the seeds folder")]
    private partial void LogEventsLost(string reason);
}
