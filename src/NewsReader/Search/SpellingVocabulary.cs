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
    private readonly FrozenDictionary<int, string[]> _byLength;

    private SpellingVocabulary(Dictionary<string, (int Count, string Display)> words)
    {
        _words = words.ToFrozenDictionary(StringComparer.Ordinal);
        _byLength = words.Keys.GroupBy(w => w.Length).ToFrozenDictionary(g => g.Key, g => g.ToArray());
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
        for (var length = Math.Max(1, word.Length - allowed); length <= word.Length + allowed; length++)
        {
            foreach (var candidate in _byLength.GetValueOrDefault(length, []))
            {
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
            builder.AddAll(article.BodyText);
        }

        return builder.Build();
    }

    public sealed class Builder
    {
        private readonly Dictionary<string, Dictionary<string, int>> _forms = new(StringComparer.Ordinal);

        public void AddAll(string text)
        {
            foreach (var token in SearchTokenizer.Tokenize(text))
            {
                var (folded, display) = (token.Folded, text.Substring(token.Start, token.Length));
                if (!_forms.TryGetValue(folded, out var displays))
                {
                    _forms[folded] = displays = new Dictionary<string, int>(StringComparer.Ordinal);
                }

                displays[display] = displays.GetValueOrDefault(display) + 1;
            }
        }

        /// <summary>Each word is suggested in its most common spelling ("Un", not "un" or "UN").</summary>
        public SpellingVocabulary Build() => new(_forms.ToDictionary(
            entry => entry.Key,
            entry => (entry.Value.Values.Sum(), entry.Value.MaxBy(form => form.Value).Key),
            StringComparer.Ordinal));
    }
}
