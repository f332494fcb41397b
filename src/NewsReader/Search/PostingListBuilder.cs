namespace NewsReader.Search;

/// <summary>Collects one term's postings during a build; documents must arrive in ascending order.</summary>
internal sealed class PostingListBuilder
{
    private int[] _docs = new int[4];
    private float[] _frequencies = new float[4];
    private int[] _positionStarts = new int[5];
    private byte[] _positions = new byte[16];
    private int _count;
    private int _bytes;

    public void Add(int doc, float frequency, ReadOnlySpan<int> positions)
    {
        if (_count == _docs.Length)
        {
            Array.Resize(ref _docs, _count * 2);
            Array.Resize(ref _frequencies, _count * 2);
            Array.Resize(ref _positionStarts, (_count * 2) + 1);
        }

        if (_bytes + (positions.Length * 5) > _positions.Length)
        {
            Array.Resize(ref _positions, Math.Max(_positions.Length * 2, _bytes + (positions.Length * 5)));
        }

        _docs[_count] = doc;
        _frequencies[_count] = frequency;
        _bytes += PositionCodec.Encode(positions, _positions.AsSpan(_bytes));
        _positionStarts[++_count] = _bytes;
    }

    /// <param name="lengthNorms">Per document, BM25's k1·(1 − b + b·length/average).</param>
    /// <param name="k1">BM25's saturation constant.</param>
    public PostingList Build(float[] lengthNorms, float k1)
    {
        var impacts = new float[_count];
        for (var i = 0; i < _count; i++)
        {
            var tf = _frequencies[i];
            impacts[i] = tf * (k1 + 1) / (tf + lengthNorms[_docs[i]]);
        }

        return new PostingList(_docs[.._count], impacts, _positionStarts[..(_count + 1)], _positions[.._bytes]);
    }
}
