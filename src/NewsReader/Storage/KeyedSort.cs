namespace NewsReader.Storage;

/// <summary>
/// Sorts items by a number worked out for each once, then each run of items with equal numbers by
/// a comparison of their own. Large lists a start sorts (a folder's names, the articles by time)
/// compare numbers nearly always and the slower comparison only where the numbers tie.
/// </summary>
internal static class KeyedSort
{
    public static void Sort<TKey, TItem>(TKey[] keys, TItem[] items, IComparer<TItem>? ties)
        where TKey : IEquatable<TKey>
    {
        Array.Sort(keys, items);
        for (var start = 0; start < keys.Length;)
        {
            var end = start + 1;
            while (end < keys.Length && keys[end].Equals(keys[start]))
            {
                end++;
            }

            if (end - start > 1)
            {
                Array.Sort(items, start, end - start, ties);
            }

            start = end;
        }
    }
}
