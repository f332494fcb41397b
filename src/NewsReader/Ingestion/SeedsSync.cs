using Microsoft.Extensions.Options;

namespace NewsReader.Ingestion;

/// <summary>
/// What the reload loop needs to know about whatever fills the seeds folder from elsewhere (a
/// bucket's mirror): when the first copy is over, so an empty folder is never published as the
/// whole site, and when a copy changed files, so the change shows even where file events are off.
/// With a plain folder the first copy counts as over from the start.
/// </summary>
public sealed class SeedsSync
{
    private readonly TaskCompletionSource _firstSync = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private event Action? FilesChanged;

    public SeedsSync(IOptions<SeedsOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (!options.Value.MirrorsBucket)
        {
            _firstSync.SetResult();
        }
    }

    /// <summary>Completes once the first copy has finished, or failed (and said why in the log).</summary>
    public Task FirstSync => _firstSync.Task;

    /// <summary>Called after each copy, successful or not.</summary>
    public void Finished(bool filesChanged)
    {
        _firstSync.TrySetResult();
        if (filesChanged)
        {
            FilesChanged?.Invoke();
        }
    }

    /// <summary>Calls <paramref name="handler"/> after each copy that changed files, until disposed.</summary>
    public IDisposable OnFilesChanged(Action handler)
    {
        FilesChanged += handler;
        return new Subscription(() => FilesChanged -= handler);
    }

    private sealed class Subscription(Action unsubscribe) : IDisposable
    {
        public void Dispose() => unsubscribe();
    }
}
