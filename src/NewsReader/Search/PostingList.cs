namespace NewsReader.Search;

/// <summary>
/// Where one term occurs: the documents (ascending), the term's BM25 weight in each (worked out
/// once at build time, since lengths never change within a snapshot), and its positions. Kept as
/// one segment per build chunk the term occurs in (its run in that <see cref="ChunkPostings"/>),
/// so the chunks grouped at build time are the index itself, never copied into another.
/// </summary>
internal sealed class PostingList
{
    private readonly ChunkPostings[] _chunks;
    private readonly int[] _offsets;
    private readonly int[] _starts;

    /// <param name="chunks">The chunks the term occurs in, in order.</param>
    /// <param name="offsets">Where the term's run starts in each chunk's posting arrays.</param>
    /// <param name="starts">The index of each segment's first posting, plus the total.</param>
    public PostingList(ChunkPostings[] chunks, int[] offsets, int[] starts)
    {
        (_chunks, _offsets, _starts) = (chunks, offsets, starts);
    }

    public int Count => _starts[^1];

    public int SegmentCount => _chunks.Length;

    /// <summary>The chunk holding a segment; every term's segment for one chunk shares its arrays.</summary>
    public ChunkPostings ChunkAt(int segment) => _chunks[segment];

    /// <summary>Where the segment starts in its chunk's posting arrays.</summary>
    public int OffsetOf(int segment) => _offsets[segment];

    public int CountIn(int segment) => _starts[segment + 1] - _starts[segment];

    /// <summary>The chunks the term occurs in, in order.</summary>
    public IReadOnlyList<ChunkPostings> Chunks => _chunks;

    /// <summary>The segment holding the term's postings in a chunk, or -1 if the term is not in it.</summary>
    public int SegmentOf(int chunk)
    {
        var (low, high) = (0, _chunks.Length - 1);
        while (low <= high)
        {
            var middle = (low + high) >>> 1;
            var index = _chunks[middle].Index;
            if (index == chunk)
            {
                return middle;
            }

            (low, high) = index < chunk ? (middle + 1, high) : (low, middle - 1);
        }

        return -1;
    }

    /// <summary>The segment whose chunk holds <paramref name="doc"/>, or -1 if the term is not in that chunk.</summary>
    private int SegmentHolding(int doc)
    {
        var (low, high) = (0, _chunks.Length - 1);
        while (low <= high)
        {
            var middle = (low + high) >>> 1;
            var place = _chunks[middle].Place;
            if (place.Holds(doc))
            {
                return middle;
            }

            (low, high) = doc < place.FirstDoc ? (low, middle - 1) : (middle + 1, high);
        }

        return -1;
    }

    /// <summary>The segment's documents, counted from its chunk's <see cref="ChunkPostings.FirstDoc"/>.</summary>
    public ReadOnlySpan<ushort> DocsIn(int segment) => _chunks[segment].Docs.Slice(_offsets[segment], CountIn(segment));

    /// <summary>BM25's saturated, length-normalised term frequency in steps of <see cref="Bm25.ImpactUnit"/>; times the unit and the idf, the score.</summary>
    public ReadOnlySpan<ushort> ImpactsIn(int segment) => _chunks[segment].Weights.Slice(_offsets[segment], CountIn(segment));

    /// <summary>The term's encoded positions in <paramref name="doc"/>; empty if the document does not contain it.</summary>
    public ReadOnlySpan<byte> EncodedPositionsIn(int doc)
    {
        var segment = SegmentHolding(doc);
        var found = segment < 0 ? -1 : DocsIn(segment).BinarySearch((ushort)(doc - _chunks[segment].FirstDoc));
        return found >= 0 ? _chunks[segment].EncodedPositionsAt(_offsets[segment] + found) : [];
    }

    /// <summary>The term's impact in <paramref name="doc"/>, if the document contains it.</summary>
    public bool TryGetImpact(int doc, out float impact)
    {
        var segment = SegmentHolding(doc);
        var found = segment < 0 ? -1 : DocsIn(segment).BinarySearch((ushort)(doc - _chunks[segment].FirstDoc));
        impact = found >= 0 ? ImpactsIn(segment)[found] * Bm25.ImpactUnit : 0;
        return found >= 0;
    }
}
