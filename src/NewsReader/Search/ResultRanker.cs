namespace NewsReader.Search;

/// <summary>
/// Orders a query's matches: by BM25 score (headline and standfirst matches counted above
/// passing mentions, recency as a slight prior), raised where the words stand close together
/// (most when as typed: the likeliest meaning of a pasted sentence or a name), keeping only
/// matches that contain every quoted phrase; equal scores in the snapshot's order, so pages are
/// stable. Or newest first, whatever the score. Looking at word positions costs a decoding, so
/// on a large match set only the best-scoring few hundred are looked at (as search engines
/// re-rank a first cut), and a phrase query's total is estimated from an even sample.
/// </summary>
internal static class ResultRanker
{
    /// <summary>Up to this many matches are all checked, and totals are exact.</summary>
    private const int CheckEverythingUpTo = 2000;

    /// <summary>On a large match set, this many of the best are checked (more when a later page asks).</summary>
    private const int CheckDepth = 200;

    /// <summary>Rounds of best-first checking before a phrase that few matches contain is looked for in all of them.</summary>
    private const int MaxRounds = 2;

    /// <summary>Matches looked through after the rounds; past it a phrase query's results are those found so far (if any).</summary>
    private const int MaxFurtherChecks = 5000;

    private const int EstimateSample = 500;

    /// <summary>Higher score first; on equal scores, earlier in the snapshot first.</summary>
    private static readonly Comparer<(float Score, int Doc)> BetterFirst =
        Comparer<(float Score, int Doc)>.Create((x, y) => x.Score != y.Score ? y.Score.CompareTo(x.Score) : x.Doc.CompareTo(y.Doc));

    /// <param name="matches">Every document that has every term.</param>
    /// <param name="keep">How many of the best are wanted, in order.</param>
    /// <param name="weigher">The phrase and proximity checks of the query's terms in a match.</param>
    /// <param name="order">Best or newest first.</param>
    public static RankedMatches Rank(MatchSet matches, int keep, MatchWeigher weigher, SearchOrder order)
    {
        if (order == SearchOrder.Newest)
        {
            return Newest(matches, keep, weigher);
        }

        if (!weigher.HasWork)
        {
            return new RankedMatches([.. Best(matches, keep, after: null).Select(matches.Doc)], matches.Count, Estimated: false);
        }

        var accepted = new List<(float Score, int Doc)>();
        bool Check(int match)
        {
            var weight = weigher.Weigh(match);
            if (weight > 0)
            {
                accepted.Add((matches.Score(match) * weight, matches.Doc(match)));
            }

            return weight > 0;
        }

        var everything = matches.Count <= CheckEverythingUpTo || CheckBestFirst(matches, keep, Check);
        if (matches.Count <= CheckEverythingUpTo)
        {
            for (var m = 0; m < matches.Count; m++)
            {
                Check(m);
            }
        }

        accepted.Sort(BetterFirst);
        var docs = accepted.Take(keep).Select(a => a.Doc).ToList();
        if (!weigher.HasPhrases || everything)
        {
            return new RankedMatches(docs, weigher.HasPhrases ? accepted.Count : matches.Count, Estimated: false);
        }

        return new RankedMatches(docs, Math.Max(accepted.Count, Estimate(matches.Count, weigher)), Estimated: true);
    }

    /// <summary>Matches come in the snapshot's order, newest first: the first that hold the phrases are the answer.</summary>
    private static RankedMatches Newest(MatchSet matches, int keep, MatchWeigher weigher)
    {
        if (!weigher.HasPhrases)
        {
            return new RankedMatches([.. Enumerable.Range(0, Math.Min(keep, matches.Count)).Select(matches.Doc)], matches.Count, Estimated: false);
        }

        var docs = new List<int>(keep);
        var budget = CheckDepth + MaxFurtherChecks;
        var m = 0;
        for (; m < matches.Count && docs.Count < keep; m++)
        {
            // As in best-first order, an empty page would look like "no such phrase": keep looking until one is found.
            if (--budget < 0 && docs.Count > 0)
            {
                break;
            }

            if (weigher.ContainsPhrases(m))
            {
                docs.Add(matches.Doc(m));
            }
        }

        return m == matches.Count
            ? new RankedMatches(docs, docs.Count, Estimated: false)
            : new RankedMatches(docs, Math.Max(docs.Count, Estimate(matches.Count, weigher)), Estimated: true);
    }

    /// <returns>Whether every match was checked.</returns>
    private static bool CheckBestFirst(MatchSet matches, int keep, Func<int, bool> check)
    {
        var depth = Math.Max(CheckDepth, keep);
        (float, int)? after = null;
        var found = 0;
        for (var round = 0; round < MaxRounds; round++)
        {
            var batch = Best(matches, depth, after);
            if (batch.Count == 0)
            {
                return true;
            }

            found += batch.Count(check);
            if (found >= keep)
            {
                return false;
            }

            after = (matches.Score(batch[^1]), matches.Doc(batch[^1]));
        }

        // The phrases are rare among the matches: look through the rest in the snapshot's
        // order (newest first), up to a bound, so no query can cost more than a few milliseconds.
        var budget = MaxFurtherChecks;
        var (lastScore, lastDoc) = after!.Value;
        for (var m = 0; m < matches.Count; m++)
        {
            // Ranks below the rounds' last: not yet checked.
            if (matches.Score(m) < lastScore || (matches.Score(m) == lastScore && matches.Doc(m) > lastDoc))
            {
                // An empty page would look like "no such phrase": keep looking until one is found.
                if (--budget < 0 && found > 0)
                {
                    return false;
                }

                found += check(m) ? 1 : 0;
            }
        }

        return true;
    }

    /// <summary>The share of an even sample of matches that contain the phrases, scaled up.</summary>
    private static int Estimate(int count, MatchWeigher weigher)
    {
        var stride = Math.Max(1, count / EstimateSample);
        int sampled = 0, found = 0;
        for (var m = 0; m < count; m += stride)
        {
            sampled++;
            found += weigher.ContainsPhrases(m) ? 1 : 0;
        }

        return (int)Math.Round((double)found / sampled * count);
    }

    /// <summary>The best <paramref name="count"/> matches ranking below <paramref name="after"/>, best first.</summary>
    /// <remarks>
    /// Every query walks all its matches here, so this is a plain heap of scores, not a
    /// PriorityQueue with a comparer delegate (a third of a common phrase's time). Matches come
    /// in snapshot order, so of two equal scores the one kept already ranks first: only a higher
    /// score displaces the worst kept.
    /// </remarks>
    private static List<int> Best(MatchSet matches, int count, (float Score, int Doc)? after)
    {
        var heap = new int[Math.Min(count, matches.Count)];
        var size = 0;
        var (boundScore, boundDoc) = after ?? (float.PositiveInfinity, -1);
        for (var m = 0; m < matches.Count; m++)
        {
            var score = matches.Score(m);
            if (score > boundScore || (score == boundScore && matches.Doc(m) <= boundDoc))
            {
                continue;
            }

            if (size < heap.Length)
            {
                heap[size++] = m;
                SiftUp(matches, heap, size - 1);
            }
            else if (size > 0 && score > matches.Score(heap[0]))
            {
                heap[0] = m;
                SiftDown(matches, heap, size);
            }
        }

        var best = heap[..size].ToList();
        best.Sort((x, y) => BetterFirst.Compare((matches.Score(x), matches.Doc(x)), (matches.Score(y), matches.Doc(y))));
        return best;
    }

    /// <summary>Whether match <paramref name="x"/> ranks below <paramref name="y"/>: the heap keeps the worst at its root.</summary>
    private static bool Worse(MatchSet matches, int x, int y) =>
        matches.Score(x) < matches.Score(y) || (matches.Score(x) == matches.Score(y) && matches.Doc(x) > matches.Doc(y));

    private static void SiftUp(MatchSet matches, int[] heap, int at)
    {
        while (at > 0 && Worse(matches, heap[at], heap[(at - 1) / 2]))
        {
            (heap[at], heap[(at - 1) / 2]) = (heap[(at - 1) / 2], heap[at]);
            at = (at - 1) / 2;
        }
    }

    private static void SiftDown(MatchSet matches, int[] heap, int size)
    {
        var at = 0;
        while (true)
        {
            var (left, right, worst) = ((2 * at) + 1, (2 * at) + 2, at);
            worst = left < size && Worse(matches, heap[left], heap[worst]) ? left : worst;
            worst = right < size && Worse(matches, heap[right], heap[worst]) ? right : worst;
            if (worst == at)
            {
                return;
            }

            (heap[at], heap[worst]) = (heap[worst], heap[at]);
            at = worst;
        }
    }
}
