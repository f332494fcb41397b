namespace NewsReader.Search;

/// <summary>
/// Where one term occurs: the documents (ascending), its weighted frequency in each, and its
/// positions, flattened into one array so that millions of postings are a few large arrays.
/// </summary>
internal sealed class PostingList(int[] docs, float[] weights, int[] positionStarts, int[] positions)
{
    public int Count => docs.Length;

    public ReadOnlySpan<int> Docs => docs;

    public ReadOnlySpan<float> Weights => weights;

    public ReadOnlySpan<int> PositionsAt(int index) => positions.AsSpan(positionStarts[index], positionStarts[index + 1] - positionStarts[index]);

    /// <returns>The index of <paramref name="doc"/> in this list, or a negative number.</returns>
    public int IndexOf(int doc) => Array.BinarySearch(docs, doc);

    public long Bytes => (docs.Length * 8L) + (positionStarts.Length * 4L) + (positions.Length * 4L);
}
