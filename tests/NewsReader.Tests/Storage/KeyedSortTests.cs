using NewsReader.Storage;

namespace NewsReader.Tests.Storage;

public sealed class KeyedSortTests
{
    [Fact]
    public void Sort_TiedKeys_TiesInTheirOwnOrder()
    {
        long[] keys = [3, 1, 3, 2, 1, 3];
        string[] items = ["c2", "a9", "c1", "b", "a1", "c3"];

        KeyedSort.Sort(keys, items, StringComparer.Ordinal);

        Assert.Equal([1, 1, 2, 3, 3, 3], keys);
        Assert.Equal(["a1", "a9", "b", "c1", "c2", "c3"], items);
    }

    [Fact]
    public void Sort_NoComparer_TiesInTheItemsDefaultOrder()
    {
        long[] keys = [-5, -5, -7, -5];
        int[] positions = [9, 2, 4, 0];

        KeyedSort.Sort(keys, positions, ties: null);

        Assert.Equal([4, 0, 2, 9], positions);
    }
}
