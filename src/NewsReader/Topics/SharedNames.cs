using System.Collections.Concurrent;

namespace NewsReader.Topics;

/// <summary>
/// One copy of each topic name for every article that names it: at 100,000 articles the same
/// few thousand names ("Donald Trump", "EU") recur about two million times, about 70 MB of
/// identical strings. Bounded, so a stream of one-off names cannot grow it without end; past the
/// bound a name is simply kept as its article's own copy.
/// </summary>
internal static class SharedNames
{
    internal const int Capacity = 250_000;

    private static readonly ConcurrentDictionary<string, string> Names = new(StringComparer.Ordinal);

    private static readonly ConcurrentDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> NamesBySpan =
        Names.GetAlternateLookup<ReadOnlySpan<char>>();

    // ConcurrentDictionary.Count takes every lock; the bound only needs to be roughly right.
    private static int _count;

    /// <summary>
    /// The shared copy of a name read as characters (a store's topic candidates), made into a string
    /// only when no copy is shared yet: settling topics after a restart reads two million of them.
    /// </summary>
    public static string Share(ReadOnlySpan<char> name) =>
        NamesBySpan.TryGetValue(name, out var shared) ? shared : Share(name.ToString());

    public static string Share(string name)
    {
        if (Names.TryGetValue(name, out var shared))
        {
            return shared;
        }

        if (Volatile.Read(ref _count) >= Capacity)
        {
            return name;
        }

        if (Names.TryAdd(name, name))
        {
            Interlocked.Increment(ref _count);
            return name;
        }

        return Names.GetValueOrDefault(name, name);
    }
}
