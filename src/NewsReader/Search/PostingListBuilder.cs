namespace NewsReader.Search;

internal sealed class PostingListBuilder
{
    private readonly List<int> _docs = [];
    private readonly List<float> _weights = [];
    private readonly List<int> _positionStarts = [0];
    private readonly List<int> _positions = [];

    /// <remarks>Documents must be added in ascending order.</remarks>
    public void Add(int doc, float weight, List<int> positions)
    {
        _docs.Add(doc);
        _weights.Add(weight);
        _positions.AddRange(positions);
        _positionStarts.Add(_positions.Count);
    }

    public PostingList Build() => new([.. _docs], [.. _weights], [.. _positionStarts], [.. _positions]);
}
