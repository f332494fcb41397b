using System.Diagnostics;

namespace NewsReader.Ingestion;

/// <summary>
/// The first load allocates far more than the snapshot it publishes keeps (the store's records,
/// file lists, parse buffers, the articles before their topics were settled). The collector hands
/// that memory back to the system only when it gets round to a full compacting collection, which
/// a site that then only serves may not need for hours: until then the process looks, to the
/// operator and to the machine, half again as large as it is. One such collection right after the
/// first publish returns it at once, at the cost of one pause (about half a second at 100,000
/// articles, milliseconds for a small site) while the site has only just become ready.
/// </summary>
public static class LoadMemory
{
    /// <summary>What <see cref="Return"/> did: resident memory before and after, and how long it paused the process.</summary>
    public readonly record struct Returned(long ResidentBefore, long ResidentAfter, TimeSpan Pause);

    public static Returned Return()
    {
        var before = Environment.WorkingSet;
        var started = Stopwatch.GetTimestamp();
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);
        return new Returned(before, Environment.WorkingSet, Stopwatch.GetElapsedTime(started));
    }
}
