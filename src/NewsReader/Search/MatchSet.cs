using System.Buffers;

namespace NewsReader.Search;

/// <summary>
/// The documents that contain every term of a query, with their BM25 scores and where each term
/// sits in each one's postings (for phrase checks). Found by walking the rarest term's postings
/// and galloping through the others, so the work follows the rarest term, not the commonest.
/// Arrays are pooled: dispose it.
/// </summary>
internal sealed class MatchSet : IDisposable
{
    private readonly PostingList[] _lists;
    private int[] _docs;
    private float[] _scores;
    private int[] _indexes;

    private MatchSet(PostingList[] lists, int capacity)
    {
        _lists = lists;
        _docs = ArrayPool<int>.Shared.Rent(capacity);
        _scores = ArrayPool<float>.Shared.Rent(capacity);
        _indexes = ArrayPool<int>.Shared.Rent(capacity * lists.Length);
    }

    public int Count { get; private set; }

    public int Doc(int match) => _docs[match];

    public float Score(int match) => _scores[match];

    /// <param name="lists">Each query term's postings, rarest first.</param>
    /// <param name="idfs">Each term's inverse document frequency, in the same order.</param>
    public static MatchSet Find(PostingList[] lists, float[] idfs)
    {
        var set = new MatchSet(lists, lists[0].Count);
        var terms = lists.Length;
        Span<int> cursors = stackalloc int[terms];
        var rarest = lists[0];
        var rarestDocs = rarest.Docs;
        var rarestImpacts = rarest.Impacts;
        for (var i = 0; i < rarestDocs.Length; i++)
        {
            var doc = rarestDocs[i];
            var score = idfs[0] * rarestImpacts[i];
            var row = set.Count * terms;
            set._indexes[row] = i;
            var all = true;
            for (var t = 1; t < terms && all; t++)
            {
                var found = Gallop(lists[t].Docs, cursors[t], doc);
                cursors[t] = found < 0 ? ~found : found;
                all = found >= 0;
                if (all)
                {
                    score += idfs[t] * lists[t].Impacts[found];
                    set._indexes[row + t] = found;
                }
            }

            if (all)
            {
                set._docs[set.Count] = doc;
                set._scores[set.Count++] = score;
            }
        }

        return set;
    }

    /// <summary>Whether the terms at <paramref name="slots"/> (indexes into the lists) occur one after another in a match.</summary>
    public bool ContainsSequence(int match, ReadOnlySpan<int> slots)
    {
        var row = match * _lists.Length;
        var longest = 0;
        foreach (var slot in slots)
        {
            longest = Math.Max(longest, _lists[slot].EncodedPositionsAt(_indexes[row + slot]).Length);
        }

        var buffer = ArrayPool<int>.Shared.Rent(longest * slots.Length);
        try
        {
            Span<int> counts = stackalloc int[slots.Length];
            for (var s = 0; s < slots.Length; s++)
            {
                counts[s] = PositionCodec.Decode(_lists[slots[s]].EncodedPositionsAt(_indexes[row + slots[s]]), buffer.AsSpan(s * longest, longest));
            }

            // Narrow the first word's positions to those the next word follows, then the next:
            // a merge of sorted runs, cheaper than a search per position.
            var starts = buffer.AsSpan(0, counts[0]);
            for (var s = 1; s < slots.Length && !starts.IsEmpty; s++)
            {
                starts = starts[..KeepFollowed(starts, buffer.AsSpan(s * longest, counts[s]), s)];
            }

            return !starts.IsEmpty;
        }
        finally
        {
            ArrayPool<int>.Shared.Return(buffer);
        }
    }

    /// <summary>Keeps, in place, the starts that <paramref name="next"/> has at <paramref name="distance"/> after them.</summary>
    private static int KeepFollowed(Span<int> starts, ReadOnlySpan<int> next, int distance)
    {
        int kept = 0, j = 0;
        foreach (var start in starts)
        {
            while (j < next.Length && next[j] < start + distance)
            {
                j++;
            }

            if (j == next.Length)
            {
                break;
            }

            if (next[j] == start + distance)
            {
                starts[kept++] = start;
            }
        }

        return kept;
    }

    public void Dispose()
    {
        ArrayPool<int>.Shared.Return(_docs);
        ArrayPool<float>.Shared.Return(_scores);
        ArrayPool<int>.Shared.Return(_indexes);
        _docs = _indexes = [];
        _scores = [];
    }

    /// <returns>The index of <paramref name="doc"/> at or after <paramref name="from"/>, or the bitwise complement of where it would be.</returns>
    private static int Gallop(ReadOnlySpan<int> docs, int from, int doc)
    {
        var step = 1;
        var high = from;
        while (high < docs.Length && docs[high] < doc)
        {
            from = high + 1;
            high += step;
            step <<= 1;
        }

        var end = Math.Min(high + 1, docs.Length);
        var found = docs[from..end].BinarySearch(doc);
        return found >= 0 ? from + found : ~(from + ~found);
    }
}
