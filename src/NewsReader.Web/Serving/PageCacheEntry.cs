using NewsReader.Serving;

namespace NewsReader.Web.Serving;

/// <summary>
/// One kept page and what eviction and compression need to know about its use. Touched on every
/// cache hit, so a hit costs a field read and, at most once per sweep, a plain store: no lock, no
/// interlocked operation, no shared counter.
/// </summary>
public sealed class PageCacheEntry
{
    private CachedPage _page;
    private bool _referenced;
    private int _upgrading;

    internal PageCacheEntry(string key, CachedPage page)
    {
        Key = key;
        _page = page;
    }

    public string Key { get; }

    public CachedPage Page => Volatile.Read(ref _page);

    /// <summary>Set when evicted: a late compression upgrade then changes nothing.</summary>
    internal bool Evicted { get; set; }

    /// <summary>What keeping it costs: its variants, its key and the bookkeeping around them.</summary>
    internal long Cost { get; private set; }

    /// <summary>The page, marked as used since the eviction sweep last passed it (its second chance).</summary>
    public CachedPage Use()
    {
        if (!_referenced)
        {
            _referenced = true;
        }

        return Page;
    }

    /// <summary>Clears the mark; true when it was set, so the sweep passes the entry by once more.</summary>
    internal bool TakeSecondChance()
    {
        var referenced = _referenced;
        _referenced = false;
        return referenced;
    }

    /// <summary>True for exactly one caller: the one that should compress the page fully.</summary>
    internal bool ClaimUpgrade() => !_page.IsFullyCompressed && Interlocked.Exchange(ref _upgrading, 1) == 0;

    internal void Set(CachedPage page, long cost)
    {
        Volatile.Write(ref _page, page);
        Cost = cost;
    }
}
