using System.Buffers;

namespace NewsReader.Search;

/// <summary>
/// What a match's word positions say about it: whether it holds every quoted phrase, and how
/// close together the query's words are (words as typed beat words side by side, which beat
/// words a paragraph apart). Positions are decoded only for the terms asked about, each at most
/// once per match, into one buffer kept for the whole query: a phrase query checks thousands of
/// matches, and renting a buffer for each was a good part of its time.
/// </summary>
internal sealed class MatchWeigher : IDisposable
{
    /// <summary>The query's loose words found as typed, one after another.</summary>
    public const float ExactSequenceBoost = 3f;

    /// <summary>All the words side by side but not as typed; the boost falls as they spread out.</summary>
    public const float AdjacentBoost = 2.5f;

    private readonly MatchSet _matches;
    private readonly int[][] _phrases;
    private readonly int[] _words;
    private readonly int[] _slots;
    private readonly bool _weighsProximity;
    private readonly int[] _starts;
    private readonly int[] _counts;
    // Per slot, the generation (one per match looked at) its positions were decoded in.
    private readonly int[] _decodedFor;
    private int[] _buffer;
    private int _used;
    private int _current = -1;
    private int _generation;

    /// <param name="phrases">Each quoted phrase's slots (indexes into the match set's lists), in order.</param>
    /// <param name="words">The loose words' slots, as typed.</param>
    public MatchWeigher(MatchSet matches, int[][] phrases, int[] words)
    {
        _matches = matches;
        _phrases = phrases;
        _words = words;
        _slots = [.. phrases.SelectMany(p => p).Concat(words).Distinct()];
        // One phrase alone is always "together"; a single word has no distance to weigh.
        _weighsProximity = _slots.Length > 1 && !(words.Length == 0 && phrases.Length == 1);
        _starts = new int[matches.Terms];
        _counts = new int[matches.Terms];
        _decodedFor = new int[matches.Terms];
        _buffer = ArrayPool<int>.Shared.Rent(256);
    }

    /// <summary>True when the query has something to check or weigh beyond the BM25 score.</summary>
    public bool HasWork => _phrases.Length > 0 || _weighsProximity;

    public bool HasPhrases => _phrases.Length > 0;

    /// <summary>Whether the match holds every quoted phrase word for word.</summary>
    public bool ContainsPhrases(int match)
    {
        foreach (var phrase in _phrases)
        {
            if (!ContainsSequence(match, phrase))
            {
                return false;
            }
        }

        return true;
    }

    /// <returns>0 when a phrase is missing, else what the match's score is multiplied by (1 to <see cref="ExactSequenceBoost"/>).</returns>
    public float Weigh(int match)
    {
        if (!ContainsPhrases(match))
        {
            return 0;
        }

        if (!_weighsProximity)
        {
            return 1;
        }

        if (_words.Length > 1 && ContainsSequence(match, _words))
        {
            return ExactSequenceBoost;
        }

        // Scaled so side by side (span = words) gives the adjacent boost, fading to 1 as they spread.
        var n = _slots.Length;
        var span = SmallestSpan(match);
        return 1 + ((AdjacentBoost - 1) * (n - 1) / Math.Max(n - 1, span - 1));
    }

    /// <summary>The fewest consecutive positions that hold every term of the query once.</summary>
    private int SmallestSpan(int match)
    {
        Span<int> heads = stackalloc int[_slots.Length];
        foreach (var slot in _slots)
        {
            Decode(match, slot);
        }

        var best = int.MaxValue;
        while (true)
        {
            int low = int.MaxValue, high = int.MinValue, lowest = 0;
            for (var i = 0; i < _slots.Length; i++)
            {
                var position = _buffer[_starts[_slots[i]] + heads[i]];
                (low, lowest) = position < low ? (position, i) : (low, lowest);
                high = Math.Max(high, position);
            }

            best = Math.Min(best, high - low + 1);
            if (best == _slots.Length || ++heads[lowest] == _counts[_slots[lowest]])
            {
                return best;
            }
        }
    }

    /// <summary>Whether the terms at <paramref name="slots"/> occur one after another in a match.</summary>
    private bool ContainsSequence(int match, int[] slots)
    {
        // Start from the term with the fewest positions: it decodes least and, when the sequence
        // is not there, usually shows it before the other terms are decoded at all.
        var anchor = 0;
        for (var s = 1; s < slots.Length; s++)
        {
            anchor = _matches.EncodedPositions(match, slots[s]).Length < _matches.EncodedPositions(match, slots[anchor]).Length ? s : anchor;
        }

        Decode(match, slots[anchor]);
        Span<int> starts = stackalloc int[Math.Min(_counts[slots[anchor]], 512)];
        var source = _buffer.AsSpan(_starts[slots[anchor]], _counts[slots[anchor]]);
        if (source.Length > starts.Length)
        {
            starts = new int[source.Length];
        }

        for (var i = 0; i < source.Length; i++)
        {
            starts[i] = source[i] - anchor;
        }

        var kept = source.Length;
        for (var s = 0; s < slots.Length && kept > 0; s++)
        {
            if (s != anchor)
            {
                Decode(match, slots[s]);
                kept = KeepFollowed(starts[..kept], _buffer.AsSpan(_starts[slots[s]], _counts[slots[s]]), s);
            }
        }

        return kept > 0;
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

    /// <summary>Decodes a term's positions in a match into the buffer, unless they already are.</summary>
    private void Decode(int match, int slot)
    {
        if (match != _current)
        {
            // A new match: the buffer is filled again from the start.
            (_current, _used) = (match, 0);
            _generation++;
        }

        if (_decodedFor[slot] == _generation)
        {
            return;
        }

        var encoded = _matches.EncodedPositions(match, slot);
        if (_used + encoded.Length > _buffer.Length)
        {
            var larger = ArrayPool<int>.Shared.Rent(Math.Max(_buffer.Length * 2, _used + encoded.Length));
            _buffer.AsSpan(0, _used).CopyTo(larger);
            ArrayPool<int>.Shared.Return(_buffer);
            _buffer = larger;
        }

        _starts[slot] = _used;
        _counts[slot] = PositionCodec.Decode(encoded, _buffer.AsSpan(_used));
        _used += _counts[slot];
        _decodedFor[slot] = _generation;
    }

    public void Dispose()
    {
        ArrayPool<int>.Shared.Return(_buffer);
        _buffer = [];
    }
}
