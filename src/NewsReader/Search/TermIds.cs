using System.Collections.Concurrent;
using NewsReader.Search.Languages;

namespace NewsReader.Search;

/// <summary>
/// Numbers every search term the process has seen, so the index keeps arrays indexed by number
/// instead of dictionaries of strings, and an article's words are looked up by their spelling
/// without allocating a string per word. A spelling's term depends on the language it is read in
/// ("elections" is "elect" in English, "election" in a language search cannot stem), so spellings
/// are kept per language. Like string interning it only grows: it holds each distinct word once,
/// bounded by the vocabulary, not by the number of articles.
/// </summary>
internal static class TermIds
{
    private static readonly ConcurrentDictionary<string, int> ByStem = new(StringComparer.Ordinal);
    private static readonly ConcurrentDictionary<string, int>[] BySpelling =
        [.. Enumerable.Range(0, TextLanguages.Count).Select(_ => new ConcurrentDictionary<string, int>(StringComparer.Ordinal))];
    private static readonly ConcurrentDictionary<string, int>.AlternateLookup<ReadOnlySpan<char>>[] BySpellingSpan =
        [.. BySpelling.Select(table => table.GetAlternateLookup<ReadOnlySpan<char>>())];

    private static int _count;

    [ThreadStatic]
    private static SpellingTable?[]? _local;

    /// <summary>One more than the largest id handed out so far.</summary>
    public static int Count => Volatile.Read(ref _count);

    /// <summary>The id of a word's stem in a language, adding it if it is new. For articles' words only: a query uses <see cref="Find"/>.</summary>
    /// <param name="spelling">The word as <see cref="SearchTokenizer.SpellingOf"/> gives it for the language.</param>
    public static int OfSpelling(TextLanguage language, ReadOnlySpan<char> spelling)
    {
        // A table per thread and language answers the common case without locks or shared cache
        // lines; ids never change, so the copies never go stale.
        var tables = _local ??= new SpellingTable?[TextLanguages.Count];
        var local = tables[(int)language] ??= new SpellingTable();
        if (local.TryGet(spelling, out var id))
        {
            return id;
        }

        if (!BySpellingSpan[(int)language].TryGetValue(spelling, out id))
        {
            id = BySpelling[(int)language].GetOrAdd(spelling.ToString(), static (s, l) => OfStem(SearchTokenizer.TermOfArticleWord(l, s)), language);
        }

        local.Add(spelling, id);
        return id;
    }

    /// <summary>The id of a stem, or -1 when no article has ever contained it.</summary>
    /// <summary>The id of a stem, added if new: terms read back from the snapshot store get this process's ids.</summary>
    public static int Intern(string stem) => OfStem(stem);

    /// <summary>Every stem by its id, for writing the ids an index uses as the words they stand for.</summary>
    public static string[] Stems()
    {
        var stems = new string[Count];
        foreach (var (stem, id) in ByStem)
        {
            if (id < stems.Length)
            {
                stems[id] = stem;
            }
        }

        return stems;
    }

    public static int Find(string stem) => ByStem.TryGetValue(stem, out var id) ? id : -1;

    private static int OfStem(string stem) => ByStem.GetOrAdd(stem, static _ => Interlocked.Increment(ref _count) - 1);
}
