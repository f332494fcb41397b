namespace NewsReader.Search;

/// <summary>
/// Every posting of an index in four arrays, term after term: millions of postings as a handful
/// of large objects, which the garbage collector never has to trace or move.
/// </summary>
internal sealed class PostingStore(int postings, int positionBytes)
{
    public int[] Docs { get; } = GC.AllocateUninitializedArray<int>(postings);

    public float[] Impacts { get; } = GC.AllocateUninitializedArray<float>(postings);

    /// <summary>Where each posting's encoded positions start in <see cref="Positions"/>, plus one end.</summary>
    public int[] PositionStarts { get; } = GC.AllocateUninitializedArray<int>(postings + 1);

    public byte[] Positions { get; } = GC.AllocateUninitializedArray<byte>(positionBytes);
}
