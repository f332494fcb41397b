using System.Collections.Concurrent;

namespace NewsReader.Search;

/// <summary>
/// Numbers every search term the process has seen, so the index keeps arrays indexed by number
/// instead of dictionaries of strings, and an article's words are looked up by their folded
/// spelling without allocating a string per word. Like string interning it only grows: it holds
/// each distinct word once, bounded by the vocabulary, not by the number of articles.
/// </summary>
internal static class TermIds
{
    private static readonly ConcurrentDictionary<string, int> ByStem = new(StringComparer.Ordinal);
    private static readonly ConcurrentDictionary<string, int> BySpelling = new(StringComparer.Ordinal);
    private static readonly ConcurrentDictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> BySpellingSpan =
        BySpelling.GetAlternateLookup<ReadOnlySpan<char>>();

    private static int _count;

    [ThreadStatic]
    private static SpellingTable? _local;

    /// <summary>One more than the largest id handed out so far.</summary>
    public static int Count => Volatile.Read(ref _count);

    /// <summary>The id of a folded word's stem, adding it if it is new. For articles' words only: a query uses <see cref="Find"/>.</summary>
    public static int OfSpelling(ReadOnlySpan<char> folded)
    {
        // A table per thread answers the common case without locks or shared cache lines; ids
        // never change, so the copies never go stale.
        var local = _local ??= new SpellingTable();
        if (local.TryGet(folded, out var id))
        {
            return id;
        }

        if (!BySpellingSpan.TryGetValue(folded, out id))
        {
            id = BySpelling.GetOrAdd(folded.ToString(), static s => OfStem(SearchTokenizer.StemArticleWord(s)));
        }

        local.Add(folded, id);
        return id;
    }

    /// <summary>The id of a stem, or -1 when no article has ever contained it.</summary>
    public static int Find(string stem) => ByStem.TryGetValue(stem, out var id) ? id : -1;

    private static int OfStem(string stem) => ByStem.GetOrAdd(stem, static _ => Interlocked.Increment(ref _count) - 1);
}
