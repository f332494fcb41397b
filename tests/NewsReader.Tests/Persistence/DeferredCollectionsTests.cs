using System.Runtime;
using NewsReader.Persistence;

namespace NewsReader.Tests.Persistence;

/// <summary>
/// Holding collections off is process-wide: these run alone (a collection forced by a test beside
/// them would end the region), and each leaves the collector as it found it, whatever happens inside.
/// </summary>
[Collection(GarbageCollectorSuite.Name)]
public sealed class DeferredCollectionsTests
{
    [Fact]
    public void For_ABudgetTheRuntimeCanGive_HoldsCollectionsOffUntilDisposed()
    {
        using (DeferredCollections.For(32L << 20))
        {
            Assert.Equal(GCLatencyMode.NoGCRegion, GCSettings.LatencyMode);
            var collections = GC.CollectionCount(0);
            var kept = Enumerable.Range(0, 16).Select(_ => new byte[1 << 20]).ToList();
            Assert.Equal(collections, GC.CollectionCount(0));
            GC.KeepAlive(kept);
        }

        Assert.NotEqual(GCLatencyMode.NoGCRegion, GCSettings.LatencyMode);
    }

    [Fact]
    public void For_MoreThanTheRuntimeCanGive_WorksWithCollectionsAsUsual()
    {
        using (DeferredCollections.For(long.MaxValue))
        {
            Assert.NotEqual(GCLatencyMode.NoGCRegion, GCSettings.LatencyMode);
        }

        Assert.NotEqual(GCLatencyMode.NoGCRegion, GCSettings.LatencyMode);
    }

    [Fact]
    public void Dispose_AfterAllocatingMoreThanAskedFor_EndsQuietly()
    {
        var kept = new List<byte[]>();
        using (DeferredCollections.For(8L << 20))
        {
            for (var i = 0; i < 64; i++)
            {
                kept.Add(new byte[1 << 20]);
            }
        }

        Assert.Equal(64, kept.Count);
        Assert.NotEqual(GCLatencyMode.NoGCRegion, GCSettings.LatencyMode);
    }

    [Fact]
    public void For_WhileAlreadyHeldOff_DoesNotThrow()
    {
        using (DeferredCollections.For(32L << 20))
        using (DeferredCollections.For(16L << 20))
        {
            GC.KeepAlive(new byte[1 << 10]);
        }

        // The runtime refuses the second region and gives up the first with it.
        Assert.NotEqual(GCLatencyMode.NoGCRegion, GCSettings.LatencyMode);
    }
}

[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class GarbageCollectorSuite
{
    public const string Name = "The garbage collector's mode (process-wide)";
}
