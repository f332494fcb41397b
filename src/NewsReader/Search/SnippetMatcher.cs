namespace NewsReader.Search;

/// <summary>
/// Finds a query's words in a block's tokens for a snippet: a loose word wherever it occurs, a
/// quoted phrase only where its words stand in sequence (marked as one run), and the passage that
/// holds the most of the query's distinct terms.
/// </summary>
internal sealed class SnippetMatcher
{
    private readonly Dictionary<string, int> _bitOf = new(StringComparer.Ordinal);
    private readonly HashSet<string> _loose = new(StringComparer.Ordinal);
    private readonly List<(string[] Terms, ulong Bits)> _phrases = [];

    public SnippetMatcher(SearchQuery query)
    {
        // A query has at most SearchQuery.MaxTerms (32) terms: one bit each.
        foreach (var term in query.Terms)
        {
            _bitOf[term] = _bitOf.Count;
        }

        _loose.UnionWith(query.Words.Select(token => token.Term));
        foreach (var phrase in query.Phrases)
        {
            var terms = phrase.Select(token => token.Term).ToArray();
            _phrases.Add((terms, terms.Aggregate(0UL, (bits, term) => bits | (1UL << _bitOf[term]))));
        }
    }

    /// <summary>How many distinct terms the query has.</summary>
    public int TermCount => _bitOf.Count;

    /// <summary>Where each marked run (a loose word, or a phrase from its first word to its last) starts and ends, by token index, in order.</summary>
    public IEnumerable<(int First, int Last, ulong Terms)> MarkedRuns(List<SearchToken> tokens, int start, int end)
    {
        for (var i = start; i < end; i++)
        {
            foreach (var (terms, bits) in _phrases)
            {
                if (Follows(tokens, i, terms))
                {
                    yield return (i, i + terms.Length - 1, bits);
                }
            }

            if (_loose.Contains(tokens[i].Term))
            {
                yield return (i, i, 1UL << _bitOf[tokens[i].Term]);
            }
        }
    }

    /// <summary>The window, starting a few words before a match, that holds the most distinct query terms; null when the block has none.</summary>
    /// <param name="lead">Words shown before the first match.</param>
    /// <param name="window">Words in a window.</param>
    public (int Start, int Terms)? BestPassage(List<SearchToken> tokens, int lead, int window)
    {
        var runs = MarkedRuns(tokens, 0, tokens.Count).ToList();
        (int Start, int Terms)? best = null;
        foreach (var (first, _, _) in runs)
        {
            var start = first <= 2 * lead ? 0 : first - lead;
            var held = 0UL;
            foreach (var (runFirst, runLast, terms) in runs)
            {
                held |= runFirst >= start && runLast < start + window ? terms : 0;
            }

            var count = System.Numerics.BitOperations.PopCount(held);
            if (best is null || count > best.Value.Terms)
            {
                best = (start, count);
            }

            if (count == TermCount)
            {
                break;
            }
        }

        return best;
    }

    private static bool Follows(List<SearchToken> tokens, int at, string[] terms)
    {
        if (at + terms.Length > tokens.Count)
        {
            return false;
        }

        for (var j = 0; j < terms.Length; j++)
        {
            if (!string.Equals(tokens[at + j].Term, terms[j], StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
    }
}
