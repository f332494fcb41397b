namespace NewsReader.Persistence;

/// <summary>
/// The saved search index, opened ahead of reading (<see cref="IndexStore.Open"/>): its checksum
/// and then its records are read on another core meanwhile. Read once; disposing an unread one
/// closes it once that background reading is done with it.
/// </summary>
public sealed class SavedIndexFile : IDisposable
{
    private (StoreFile.Opened Store, Task<(IndexRecords.Records? Records, string? Problem)> Decoding)? _open;
    private int _taken;

    internal SavedIndexFile(StoreFile.Opened? store, string? problem)
    {
        Problem = problem;
        if (store is not null)
        {
            _open = (store, Task.Run(() => IndexRecords.Decode(store)));
        }
    }

    /// <summary>Why there is nothing to read: null when there is no file (or there is one to read).</summary>
    public string? Problem { get; }

    /// <summary>The open store and its records being decoded, handed to the one reader, who disposes the store; null if there is none.</summary>
    /// <exception cref="InvalidOperationException">It was taken already.</exception>
    internal (StoreFile.Opened Store, Task<(IndexRecords.Records? Records, string? Problem)> Decoding)? Take()
    {
        if (Interlocked.Exchange(ref _taken, 1) != 0)
        {
            throw new InvalidOperationException("A saved index file is read once.");
        }

        var open = _open;
        _open = null;
        return open;
    }

    public void Dispose()
    {
        if (Interlocked.Exchange(ref _taken, 1) == 0 && _open is var (store, decoding))
        {
            _open = null;
            decoding.ContinueWith(_ => store.Dispose(), TaskScheduler.Default);
        }
    }
}
