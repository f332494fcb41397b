using System.Buffers;

namespace NewsReader.Search;

/// <summary>
/// The documents that contain every term of a query, with their BM25 scores and where each term
/// sits in each one's postings (for phrase and proximity checks, <see cref="MatchWeigher"/>). Found by walking the rarest term's postings
/// and galloping through the others, so the work follows the rarest term, not the commonest.
/// Arrays are pooled: dispose it.
/// </summary>
internal sealed class MatchSet : IDisposable
{
    private readonly int _terms;
    private int[] _docs;
    private float[] _scores;
    // Per match and term, the posting's place in the match's chunk (all terms' postings for one
    // chunk share its arrays).
    private int[] _indexes;
    // Per match, the rarest term's segment (so its chunk): an int, where a chunk reference cost a
    // write barrier per match and clearing the rented array on every query.
    private int[] _segments;
    private readonly PostingList _rarest;

    private MatchSet(PostingList[] lists, int capacity)
    {
        _terms = lists.Length;
        _docs = ArrayPool<int>.Shared.Rent(capacity);
        _scores = ArrayPool<float>.Shared.Rent(capacity);
        _indexes = ArrayPool<int>.Shared.Rent(capacity * lists.Length);
        _segments = ArrayPool<int>.Shared.Rent(capacity);
        _rarest = lists[0];
    }

    public int Count { get; private set; }

    public int Doc(int match) => _docs[match];

    public float Score(int match) => _scores[match];

    /// <param name="lists">Each query term's postings, rarest first.</param>
    /// <param name="idfs">Each term's inverse document frequency, in the same order.</param>
    /// <param name="priors">Per document of the snapshot, what its score is multiplied by (recency).</param>
    /// <param name="within">The documents a search's filters let through; null for all.</param>
    public static MatchSet Find(PostingList[] lists, float[] idfs, float[] priors, DocSet? within = null)
    {
        var set = new MatchSet(lists, lists[0].Count);
        var rarest = lists[0];
        // Impacts are stored in steps; folding the step into the idf keeps the inner loop to one multiply.
        var weights = new float[lists.Length];
        for (var t = 0; t < lists.Length; t++)
        {
            weights[t] = idfs[t] * Bm25.ImpactUnit;
        }

        var segments = new int[lists.Length];
        for (var s = 0; s < rarest.SegmentCount; s++)
        {
            // Lists are split at the same chunk boundaries: a chunk some term is missing from has no match.
            var place = rarest.ChunkAt(s).Place;
            var chunk = place.Index;
            if (within is not null && !within.AnyIn(place.FirstDoc, place.EndDoc))
            {
                continue;
            }

            segments[0] = s;
            var everyTerm = true;
            for (var t = 1; t < lists.Length && everyTerm; t++)
            {
                segments[t] = lists[t].SegmentOf(chunk);
                everyTerm = segments[t] >= 0;
            }

            if (everyTerm)
            {
                set.AddMatchesIn(lists, weights, segments, priors, within);
            }
        }

        return set;
    }

    /// <summary>Walks the rarest term's postings in one chunk, galloping through the others' postings in the same chunk.</summary>
    /// <param name="weights">Each term's idf times its impact step.</param>
    private void AddMatchesIn(PostingList[] lists, float[] weights, int[] segments, float[] priors, DocSet? within)
    {
        var terms = lists.Length;
        var chunk = lists[0].ChunkAt(segments[0]);
        ReadOnlySpan<ushort> docs = chunk.Docs, impacts = chunk.Weights;
        var first = chunk.FirstDoc;
        Span<int> cursors = stackalloc int[terms];
        Span<int> offsets = stackalloc int[terms];
        Span<int> counts = stackalloc int[terms];
        for (var t = 0; t < terms; t++)
        {
            (offsets[t], counts[t]) = (lists[t].OffsetOf(segments[t]), lists[t].CountIn(segments[t]));
        }

        for (var at = offsets[0]; at < offsets[0] + counts[0]; at++)
        {
            var doc = docs[at];
            if (within is not null && !within.Contains(first + doc))
            {
                continue;
            }

            var score = weights[0] * impacts[at];
            var row = Count * terms;
            _indexes[row] = at;
            var all = true;
            for (var t = 1; t < terms && all; t++)
            {
                var found = Gallop(docs.Slice(offsets[t], counts[t]), cursors[t], doc);
                cursors[t] = found < 0 ? ~found : found;
                all = found >= 0;
                if (all)
                {
                    score += weights[t] * impacts[offsets[t] + found];
                    _indexes[row + t] = offsets[t] + found;
                }
            }

            if (all)
            {
                _docs[Count] = first + doc;
                _segments[Count] = segments[0];
                _scores[Count++] = score * priors[first + doc];
            }
        }
    }

    /// <summary>How many terms each match has (the query's distinct terms).</summary>
    public int Terms => _terms;

    /// <summary>The encoded positions of the term in <paramref name="slot"/> (an index into the lists) in a match.</summary>
    public ReadOnlySpan<byte> EncodedPositions(int match, int slot) => _rarest.ChunkAt(_segments[match]).EncodedPositionsAt(_indexes[(match * _terms) + slot]);

    public void Dispose()
    {
        ArrayPool<int>.Shared.Return(_docs);
        ArrayPool<float>.Shared.Return(_scores);
        ArrayPool<int>.Shared.Return(_indexes);
        ArrayPool<int>.Shared.Return(_segments);
        _segments = [];
        _docs = _indexes = [];
        _scores = [];
    }

    /// <returns>The index of <paramref name="doc"/> at or after <paramref name="from"/>, or the bitwise complement of where it would be.</returns>
    private static int Gallop(ReadOnlySpan<ushort> docs, int from, ushort doc)
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
