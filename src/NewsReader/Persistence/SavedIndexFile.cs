namespace NewsReader.Persistence;

/// <summary>
/// The saved search index, opened ahead of reading (<see cref="IndexStore.Open"/>) while its
/// checksum is read on another core. Read once; disposing an unread one closes it.
/// </summary>
public sealed class SavedIndexFile : IDisposable
{
    private StoreFile.Opened? _store;
    private int _taken;

    internal SavedIndexFile(StoreFile.Opened? store, string? problem) => (_store, Problem) = (store, problem);

    /// <summary>Why there is nothing to read: null when there is no file (or there is one to read).</summary>
    public string? Problem { get; }

    /// <summary>The open store, handed to its one reader, who disposes it; null if there is none.</summary>
    /// <exception cref="InvalidOperationException">It was taken already.</exception>
    internal StoreFile.Opened? Take() => Interlocked.Exchange(ref _taken, 1) == 0
        ? Interlocked.Exchange(ref _store, null)
        : throw new InvalidOperationException("A saved index file is read once.");

    public void Dispose() => Interlocked.Exchange(ref _store, null)?.Dispose();
}
