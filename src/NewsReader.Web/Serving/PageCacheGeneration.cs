using System.Collections.Concurrent;
using System.Diagnostics.CodeAnalysis;
using NewsReader.Serving;
using NewsReader.Storage;

namespace NewsReader.Web.Serving;

/// <summary>
/// One snapshot's kept pages, within a byte budget and a count. Past either, the least recently
/// used pages go first, found by a clock (second-chance) sweep: a hit only marks its entry, and
/// the sweep, under a lock taken only when a page is added, passes marked entries by once and
/// removes the first unmarked one. A page asked for once is never marked, so a flood of one-off
/// addresses pushes out other one-off pages, not the pages people keep reading.
/// </summary>
public sealed class PageCacheGeneration
{
    /// <summary>What an entry costs beyond its bytes and key: the dictionary node, the entry and page objects, the ring slot.</summary>
    internal const int EntryOverhead = 256;

    private readonly ConcurrentDictionary<string, PageCacheEntry> _entries = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, PageCacheEntry>.AlternateLookup<ReadOnlySpan<char>> _byKey;
    private readonly List<PageCacheEntry> _ring = [];
    private readonly Lock _gate = new();
    private int _hand;
    private long _size;

    /// <param name="pagesVersion">The <see cref="ArticleSnapshot.PagesVersion"/> its pages are of (not the snapshot, which a generation would keep alive, index and all).</param>
    public PageCacheGeneration(object pagesVersion)
    {
        PagesVersion = pagesVersion;
        _byKey = _entries.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public object PagesVersion { get; }

    /// <summary>The bytes its entries cost, all variants, keys and bookkeeping counted.</summary>
    public long Size => Volatile.Read(ref _size);

    public int Count => _entries.Count;

    public bool TryGet(ReadOnlySpan<char> key, [NotNullWhen(true)] out PageCacheEntry? entry) => _byKey.TryGetValue(key, out entry);

    /// <summary>Keeps a page, making room by evicting; the entry now kept under the key, or null when the page alone is over budget.</summary>
    internal PageCacheEntry? Add(string key, CachedPage page, long budget, int maxEntries)
    {
        var cost = CostOf(key, page);
        if (cost > budget)
        {
            return null;
        }

        lock (_gate)
        {
            if (_entries.TryGetValue(key, out var existing))
            {
                return existing;
            }

            while (_ring.Count > 0 && (_size + cost > budget || _ring.Count >= maxEntries))
            {
                EvictOne();
            }

            var entry = new PageCacheEntry(key, page);
            entry.Set(page, cost);
            _ring.Add(entry);
            _entries[key] = entry;
            Volatile.Write(ref _size, _size + cost);
            return entry;
        }
    }

    /// <summary>Swaps in the fully compressed page for an entry still kept.</summary>
    internal void Replace(PageCacheEntry entry, CachedPage page)
    {
        lock (_gate)
        {
            if (entry.Evicted)
            {
                return;
            }

            var cost = CostOf(entry.Key, page);
            Volatile.Write(ref _size, _size - entry.Cost + cost);
            entry.Set(page, cost);
        }
    }

    private static long CostOf(string key, CachedPage page) => page.Size + (key.Length * sizeof(char)) + EntryOverhead;

    /// <summary>Moves the hand to the first entry not used since it last passed, and removes it. Ends within two turns.</summary>
    private void EvictOne()
    {
        while (true)
        {
            if (_hand >= _ring.Count)
            {
                _hand = 0;
            }

            var entry = _ring[_hand];
            if (entry.TakeSecondChance())
            {
                _hand++;
                continue;
            }

            // The last slot fills the gap: order in the ring is only approximate anyway, and the
            // moved entry is looked at next, so nothing is skipped.
            _ring[_hand] = _ring[^1];
            _ring.RemoveAt(_ring.Count - 1);
            _entries.TryRemove(entry.Key, out _);
            entry.Evicted = true;
            Volatile.Write(ref _size, _size - entry.Cost);
            return;
        }
    }
}
