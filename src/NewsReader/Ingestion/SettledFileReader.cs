using System.Collections.Concurrent;

namespace NewsReader.Ingestion;

/// <summary>
/// Reads a seed file only once it has stopped changing, so a file caught mid-save (truncated,
/// half rewritten) is never published. A file counts as settled when its last write is at least
/// <c>Seeds:SettleMilliseconds</c> old, or when this reader has seen the same size and time for that
/// long (a clock-skewed time in the future); and its size and time must be the same after the read
/// as the scan saw before it. Nothing waits per file: an unsettled file is skipped for this round
/// and <see cref="RetryAfter"/> tells the reload loop when to look again.
/// </summary>
public sealed class SettledFileReader(TimeProvider timeProvider, TimeSpan settle)
{
    /// <summary>Files seen unsettled: their size and time then, and when they will count as settled.</summary>
    private readonly ConcurrentDictionary<string, Sighting> _unsettled = new(StringComparer.Ordinal);

    private sealed record Sighting(long Length, DateTime LastWriteUtc, DateTimeOffset SettlesAt);

    /// <summary>How long until the soonest unsettled file may have settled; null when none is waiting.</summary>
    public TimeSpan? RetryAfter
    {
        get
        {
            if (_unsettled.IsEmpty)
            {
                return null;
            }

            var soonest = _unsettled.Values.Min(sighting => sighting.SettlesAt) - timeProvider.GetUtcNow();
            return soonest < TimeSpan.FromMilliseconds(10) ? TimeSpan.FromMilliseconds(10) : soonest;
        }
    }

    /// <returns>The file's bytes, or null when it is still being written (read it again after <see cref="RetryAfter"/>).</returns>
    public async Task<byte[]?> ReadAsync(SeedFile file, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(file);
        if (!IsSettled(file.SourceFile, file.Length, file.LastWriteUtc))
        {
            return null;
        }

        var bytes = await File.ReadAllBytesAsync(file.FullPath, cancellationToken).ConfigureAwait(false);
        var after = SeedFileFacts.Of(file.FullPath) ?? throw new FileNotFoundException("The file was removed while it was read.", file.FullPath);
        if (bytes.Length != file.Length || after.Length != file.Length || after.LastWriteUtc != file.LastWriteUtc)
        {
            // Written to while read: whatever was read may be half old, half new.
            Remember(file.SourceFile, after.Length, after.LastWriteUtc, timeProvider.GetUtcNow());
            return null;
        }

        _unsettled.TryRemove(file.SourceFile, out _);
        return bytes;
    }

    /// <summary>Drops files that are gone from the folder, so they are not waited for.</summary>
    public void Forget(Func<string, bool> stillPresent)
    {
        ArgumentNullException.ThrowIfNull(stillPresent);
        foreach (var sourceFile in _unsettled.Keys.Where(key => !stillPresent(key)))
        {
            _unsettled.TryRemove(sourceFile, out _);
        }
    }

    private bool IsSettled(string sourceFile, long length, DateTime lastWriteUtc)
    {
        var now = timeProvider.GetUtcNow();
        var age = now - new DateTimeOffset(lastWriteUtc, TimeSpan.Zero);
        if (age >= settle)
        {
            return true;
        }

        var seen = Remember(sourceFile, length, lastWriteUtc, now);
        return seen.SettlesAt <= now;
    }

    private Sighting Remember(string sourceFile, long length, DateTime lastWriteUtc, DateTimeOffset now)
    {
        // Settled at the sooner of: the write being settle old, or this very state having been seen settle ago.
        var byAge = new DateTimeOffset(lastWriteUtc, TimeSpan.Zero) + settle;
        var fresh = new Sighting(length, lastWriteUtc, byAge < now + settle ? byAge : now + settle);
        return _unsettled.AddOrUpdate(
            sourceFile,
            fresh,
            (_, old) => old.Length == length && old.LastWriteUtc == lastWriteUtc ? old : fresh);
    }
}
