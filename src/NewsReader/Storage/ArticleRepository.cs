namespace NewsReader.Storage;

/// <summary>
/// Holds the current <see cref="ArticleSnapshot"/>. Publishing is a single reference swap, so a
/// request sees either the old snapshot or the new one, never a mixture, and no reader locks.
/// </summary>
public sealed class ArticleRepository
{
    private ArticleSnapshot _current = ArticleSnapshot.Empty;
    private TaskCompletionSource _published = NewSignal();

    public ArticleSnapshot Current => Volatile.Read(ref _current);

    /// <summary>True once the first load has been published.</summary>
    public bool IsLoaded { get; private set; }

    /// <summary>Why the last attempt at a first load failed; null once one is published (or none failed).</summary>
    public string? LoadFailure { get; private set; }

    /// <summary>Records why nothing could be published yet, so readiness can say so instead of "loading".</summary>
    public void ReportLoadFailure(string reason)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(reason);
        LoadFailure = IsLoaded ? null : reason;
    }

    /// <summary>
    /// Raised on the publishing thread after each swap, for the host to act on (the core itself
    /// sets no process-wide runtime settings). Handlers must be quick and must not throw.
    /// </summary>
    public event Action<ArticleSnapshot>? Published;

    public void Publish(ArticleSnapshot snapshot)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        Volatile.Write(ref _current, snapshot);
        IsLoaded = true;
        LoadFailure = null;
        Interlocked.Exchange(ref _published, NewSignal()).TrySetResult();
        Published?.Invoke(snapshot);
    }

    /// <summary>
    /// Completes when a published snapshot satisfies <paramref name="condition"/> (at once if the
    /// current one does). Lets tests and readiness checks wait on a reload instead of sleeping.
    /// </summary>
    public async Task<ArticleSnapshot> WaitForAsync(Func<ArticleSnapshot, bool> condition, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(condition);
        while (true)
        {
            var next = Volatile.Read(ref _published).Task;
            var snapshot = Current;
            if (IsLoaded && condition(snapshot))
            {
                return snapshot;
            }

            await next.WaitAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    private static TaskCompletionSource NewSignal() => new(TaskCreationOptions.RunContinuationsAsynchronously);
}
