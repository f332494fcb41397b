namespace NewsReader.Search;

/// <summary>
/// Where one term occurs: the documents (ascending), the term's BM25 weight in each (worked out
/// once at build time, since lengths never change within a snapshot), and its positions. A view of
/// its own stretch of the index's shared <see cref="PostingStore"/>; it keeps the store's arrays
/// themselves, not the store, so the query loops reach a posting in one step.
/// </summary>
internal sealed class PostingList(PostingStore store, int start, int count)
{
    private readonly int[] _docs = store.Docs;
    private readonly float[] _impacts = store.Impacts;
    private readonly int[] _positionStarts = store.PositionStarts;
    private readonly byte[] _positions = store.Positions;

    public int Count => count;

    public ReadOnlySpan<int> Docs => new(_docs, start, count);

    /// <summary>BM25's saturated, length-normalised term frequency; multiply by the idf for the score.</summary>
    public ReadOnlySpan<float> Impacts => new(_impacts, start, count);

    public ReadOnlySpan<byte> EncodedPositionsAt(int index)
    {
        var from = _positionStarts[start + index];
        return new(_positions, from, _positionStarts[start + index + 1] - from);
    }

    /// <returns>The index of <paramref name="doc"/> at or after <paramref name="from"/>, or a negative number.</returns>
    public int IndexOf(int doc, int from = 0) => Docs.Slice(from).BinarySearch(doc) is var found and >= 0 ? found + from : -1;

    public long Bytes => (count * 12L) + _positionStarts[start + count] - _positionStarts[start];
}
