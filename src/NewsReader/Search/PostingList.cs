namespace NewsReader.Search;

/// <summary>
/// Where one term occurs: the documents (ascending), the term's BM25 weight in each (worked out
/// once at build time, since lengths never change within a snapshot), and its positions, encoded
/// in one byte array so that millions of postings are a few large arrays.
/// </summary>
internal sealed class PostingList(int[] docs, float[] impacts, int[] positionStarts, byte[] positions)
{
    public int Count => docs.Length;

    public ReadOnlySpan<int> Docs => docs;

    /// <summary>BM25's saturated, length-normalised term frequency; multiply by the idf for the score.</summary>
    public ReadOnlySpan<float> Impacts => impacts;

    public ReadOnlySpan<byte> EncodedPositionsAt(int index) => positions.AsSpan(positionStarts[index], positionStarts[index + 1] - positionStarts[index]);

    /// <returns>The index of <paramref name="doc"/> at or after <paramref name="from"/>, or a negative number.</returns>
    public int IndexOf(int doc, int from = 0) => Array.BinarySearch(docs, from, docs.Length - from, doc);

    public long Bytes => (docs.Length * 8L) + (positionStarts.Length * 4L) + positions.Length;
}
