using System.Collections.Frozen;
using System.Text;

namespace NewsReader.Search;

/// <summary>
/// The words the articles use, with how often, to suggest a close spelling when a query finds
/// nothing ("Kim Jong Uun" → "Kim Jong Un"). Candidates are words within a small edit distance;
/// the most frequent wins.
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

    /// <returns>The query with unknown words replaced by their closest known spelling, or null when there is none.</returns>
    public string? Suggest(string query)
    {
        var tokens = SearchTokenizer.Tokenize(query.Length > SearchTokenizer.MaxQueryLength ? query[..SearchTokenizer.MaxQueryLength] : query);
        var suggestion = new StringBuilder(query.Length);
        var last = 0;
        var changed = false;
        foreach (var token in tokens.Take(SearchQuery.MaxTerms))
        {
            if (_words.ContainsKey(token.Folded) || Closest(token.Folded) is not { } better)
            {
                continue;
            }

            suggestion.Append(query, last, token.Start - last).Append(better);
            last = token.Start + token.Length;
            changed = true;
        }

        return changed ? suggestion.Append(query, last, query.Length - last).ToString().Trim() : null;
    }

    private string? Closest(string word)
    {
        if (word.Length < 2)
        {
            return null;
        }

        var allowed = word.Length <= 4 ? 1 : 2;
        (string? Display, int Distance, int Count) best = (null, int.MaxValue, 0);
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
                var (count, display) = _words[candidate];
                if (distance <= allowed && (distance < best.Distance || (distance == best.Distance && count > best.Count)))
                {
                    best = (display, distance, count);
                }
            }
        }

        return best.Display;
    }

    /// <summary>Reads every word of the articles; done only when a query first finds nothing.</summary>
    public static SpellingVocabulary Of(IEnumerable<NewsReader.Articles.Article> articles)
    {
        var builder = new Builder();
        foreach (var article in articles)
        {
            builder.AddAll(article.Headline);
            builder.AddAll(article.Caption ?? "");
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
