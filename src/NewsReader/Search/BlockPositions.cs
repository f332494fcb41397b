namespace NewsReader.Search;

/// <summary>
/// Where each article's blocks start among its word positions (<see cref="DocumentTerms.BlockStarts"/>),
/// kept per build chunk in two flat arrays: with the postings' positions they place a query's
/// words in a block without reading the article, so a snippet tokenises one block, not all of
/// them (a few bytes per block: about 4 MB at 100,000 articles).
/// </summary>
internal sealed class BlockPositions
{
    private readonly ChunkPlace[] _places;
    private readonly int[][] _starts;
    private readonly int[][] _offsets;

    /// <param name="places">The index's chunks, in order.</param>
    public BlockPositions(ChunkPlace[] places)
        : this(places, new int[places.Length][], new int[places.Length][])
    {
    }

    /// <summary>Positions read back from the snapshot store, as <see cref="StartsOf"/> and <see cref="OffsetsOf"/> gave them.</summary>
    internal BlockPositions(ChunkPlace[] places, int[][] starts, int[][] offsets)
    {
        (_places, _starts, _offsets) = (places, starts, offsets);
    }

    public int ChunkCount => _starts.Length;

    /// <summary>Every block start of the chunk's articles, one article after another.</summary>
    internal int[] StartsOf(int chunk) => _starts[chunk];

    /// <summary>Where each article of the chunk begins in <see cref="StartsOf"/>, plus one end.</summary>
    internal int[] OffsetsOf(int chunk) => _offsets[chunk];

    /// <summary>Keeps a chunk's block starts, taken from its articles' terms.</summary>
    public void Set(int chunk, DocumentTerms[] documents, int size)
    {
        var offsets = new int[size + 1];
        for (var i = 0; i < size; i++)
        {
            offsets[i + 1] = offsets[i] + documents[i].BlockCount;
        }

        var starts = new int[offsets[size]];
        for (var i = 0; i < size; i++)
        {
            documents[i].BlockStarts.AsSpan(0, documents[i].BlockCount).CopyTo(starts.AsSpan(offsets[i]));
        }

        (_starts[chunk], _offsets[chunk]) = (starts, offsets);
    }

    /// <summary>A chunk's block starts as another index's chunk has them, but for the articles <paramref name="replaced"/> (theirs in <paramref name="documents"/>).</summary>
    public void Patch(int chunk, BlockPositions from, int fromChunk, ReadOnlySpan<bool> replaced, DocumentTerms[] documents)
    {
        var (oldStarts, oldOffsets) = (from._starts[fromChunk], from._offsets[fromChunk]);
        var offsets = new int[replaced.Length + 1];
        for (var i = 0; i < replaced.Length; i++)
        {
            offsets[i + 1] = offsets[i] + (replaced[i] ? documents[i].BlockCount : oldOffsets[i + 1] - oldOffsets[i]);
        }

        var starts = new int[offsets[^1]];
        for (var i = 0; i < replaced.Length; i++)
        {
            var source = replaced[i] ? documents[i].BlockStarts.AsSpan(0, documents[i].BlockCount) : oldStarts.AsSpan(oldOffsets[i], oldOffsets[i + 1] - oldOffsets[i]);
            source.CopyTo(starts.AsSpan(offsets[i]));
        }

        (_starts[chunk], _offsets[chunk]) = (starts, offsets);
    }

    /// <summary>Keeps another index's chunk's block starts for a chunk that holds the same articles.</summary>
    public void Share(int chunk, BlockPositions from, int fromChunk) =>
        (_starts[chunk], _offsets[chunk]) = (from._starts[fromChunk], from._offsets[fromChunk]);

    /// <summary>The article's block starts, ascending.</summary>
    public ReadOnlySpan<int> Of(int doc)
    {
        var chunk = ChunkPlace.Find(_places, doc);
        var local = doc - _places[chunk].FirstDoc;
        var offsets = _offsets[chunk];
        return _starts[chunk].AsSpan(offsets[local], offsets[local + 1] - offsets[local]);
    }

    /// <summary>The size of the arrays, for the benchmarks' memory figure.</summary>
    public long Size => _starts.Sum(starts => (starts?.Length ?? 0) * 4L) + _offsets.Sum(offsets => (offsets?.Length ?? 0) * 4L);
}
