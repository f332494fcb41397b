using System.Collections.Frozen;
using System.Text;

namespace NewsReader.Search;

/// <summary>
/// The words the articles use, with how often, to suggest a close spelling when a query finds
/// nothing ("Kim Jong Uun" → "Kim Jong Un"). Candidates are words within a small edit distance,
/// closest and most frequent first; the first that finds something with the query's other words wins.
/// </summary>
internal sealed class SpellingVocabulary
{
    private readonly FrozenDictionary<string, (int Count, string Display)> _words;
    private readonly FrozenDictionary<int, (string Word, ulong Letters)[]> _byLength;

    private SpellingVocabulary(Dictionary<string, (int Count, string Display)> words)
    {
        _words = words.ToFrozenDictionary(StringComparer.Ordinal);
        _byLength = words.Keys.GroupBy(w => w.Length).ToFrozenDictionary(g => g.Key, g => g.Select(w => (w, LettersOf(w))).ToArray());
    }

    /// <summary>
    /// Which characters a word contains, one bit each (hashed past 64). One edit adds or removes
    /// at most two of them (a swap none), so words whose sets differ by more than twice the
    /// allowed distance are skipped without computing it: most of the vocabulary, for a made-up
    /// word, which made every zero-hit query cost milliseconds.
    /// </summary>
    private static ulong LettersOf(string word)
    {
        var letters = 0UL;
        foreach (var c in word)
        {
            letters |= 1UL << (c % 64);
        }

        return letters;
    }

    /// <summary>How many spellings are tried for each unknown word, closest and commonest first.</summary>
    private const int CandidatesPerWord = 5;

    /// <summary>
    /// Corrects a query word by word: each word the articles do not have becomes the closest
    /// spelling that, with the words before it (as typed or corrected), still finds something.
    /// "Kim Jong Uun" is "Kim Jong Un", not "Kim Jong run", although "run" is commoner. Words the
    /// articles have are kept: two real words that no article holds together have no spelling to fix.
    /// </summary>
    /// <param name="query">What the reader typed.</param>
    /// <param name="finds">Whether a query finds any article.</param>
    /// <returns>The corrected query, only when it finds something; else null.</returns>
    public string? Suggest(string query, Func<string, bool> finds)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentNullException.ThrowIfNull(finds);
        query = query.Length > SearchTokenizer.MaxQueryLength ? query[..SearchTokenizer.MaxQueryLength] : query;
        var tokens = SearchTokenizer.Tokenize(query).Take(SearchQuery.MaxTerms).ToList();
        var replacements = new string?[tokens.Count];
        var unknown = Enumerable.Range(0, tokens.Count).Where(i => !_words.ContainsKey(tokens[i].Folded)).ToList();
        if (unknown.Count == 0)
        {
            return null;
        }

        // Words not yet corrected are left out of each trial: they would make it find nothing.
        foreach (var i in unknown)
        {
            replacements[i] = "";
        }

        foreach (var i in unknown)
        {
            var chosen = Candidates(tokens[i].Folded).FirstOrDefault(candidate =>
            {
                replacements[i] = candidate;
                return finds(Compose(query, tokens, replacements));
            });
            if (chosen is null)
            {
                return null;
            }

            replacements[i] = chosen;
        }

        var suggestion = Compose(query, tokens, replacements);
        return finds(suggestion) ? suggestion : null;
    }

    /// <summary>The query with each replaced token's text swapped for its replacement ("" drops it).</summary>
    private static string Compose(string query, List<SearchToken> tokens, string?[] replacements)
    {
        var text = new StringBuilder(query.Length);
        var last = 0;
        for (var i = 0; i < tokens.Count; i++)
        {
            if (replacements[i] is { } replacement)
            {
                text.Append(query, last, tokens[i].Start - last).Append(replacement);
                last = tokens[i].Start + tokens[i].Length;
            }
        }

        return string.Join(' ', text.Append(query, last, query.Length - last).ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries));
    }

    /// <summary>Known words within a small edit distance of <paramref name="word"/>: closest first, then commonest.</summary>
    private List<string> Candidates(string word)
    {
        if (word.Length < 2)
        {
            return [];
        }

        var allowed = word.Length <= 4 ? 1 : 2;
        var found = new List<(string Display, int Distance, int Count)>();
        var letters = LettersOf(word);
        for (var length = Math.Max(1, word.Length - allowed); length <= word.Length + allowed; length++)
        {
            foreach (var (candidate, candidateLetters) in _byLength.GetValueOrDefault(length, []))
            {
                if (System.Numerics.BitOperations.PopCount(letters ^ candidateLetters) > 2 * allowed)
                {
                    continue;
                }

                var distance = EditDistance.Compute(word, candidate, allowed);
                if (distance <= allowed)
                {
                    var (count, display) = _words[candidate];
                    found.Add((display, distance, count));
                }
            }
        }

        return [.. found.OrderBy(c => c.Distance).ThenByDescending(c => c.Count).ThenBy(c => c.Display, StringComparer.Ordinal)
            .Take(CandidatesPerWord).Select(c => c.Display)];
    }

    /// <summary>Reads every word of the articles; done only when a query first finds nothing.</summary>
    public static SpellingVocabulary Of(IEnumerable<NewsReader.Articles.Article> articles)
    {
        var builder = new Builder();
        foreach (var article in articles)
        {
            var details = article.PeekDetails();
            builder.AddAll(details.Headline);
            builder.AddAll(details.Caption ?? "");
            foreach (var block in article.Body)
            {
                builder.AddAll(block.Text);
            }
        }

        return builder.Build();
    }

    /// <summary>
    /// Counts each folded word's spellings as they appear. Words are looked up as spans, so a
    /// string is made only for a spelling not seen before: reading 100,000 articles makes tens of
    /// thousands of strings, not tens of millions.
    /// </summary>
    public sealed class Builder
    {
        private readonly Dictionary<string, Dictionary<string, int>> _forms = new(StringComparer.Ordinal);
        private readonly Dictionary<string, Dictionary<string, int>>.AlternateLookup<ReadOnlySpan<char>> _formsByFolded;

        public Builder() => _formsByFolded = _forms.GetAlternateLookup<ReadOnlySpan<char>>();

        public void AddAll(string text)
        {
            ArgumentNullException.ThrowIfNull(text);
            var collector = new Collector(this, text);
            WordScanner.Scan(text, ref collector);
        }

        /// <summary>Each word is suggested in its most common spelling ("Un", not "un" or "UN").</summary>
        public SpellingVocabulary Build() => new(_forms.ToDictionary(
            entry => entry.Key,
            entry => (entry.Value.Values.Sum(), entry.Value.MaxBy(form => form.Value).Key),
            StringComparer.Ordinal));

        private void Add(ReadOnlySpan<char> folded, ReadOnlySpan<char> display)
        {
            if (!_formsByFolded.TryGetValue(folded, out var displays))
            {
                displays = new Dictionary<string, int>(StringComparer.Ordinal);
                _forms[folded.ToString()] = displays;
            }

            var byDisplay = displays.GetAlternateLookup<ReadOnlySpan<char>>();
            byDisplay[display] = byDisplay.TryGetValue(display, out var count) ? count + 1 : 1;
        }

        private readonly struct Collector(Builder builder, string text) : IWordVisitor
        {
            public void Visit(ReadOnlySpan<char> word, ReadOnlySpan<char> folded, int start, int length) => builder.Add(folded, text.AsSpan(start, length));
        }
    }
}
