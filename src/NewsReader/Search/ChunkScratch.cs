namespace NewsReader.Search;

/// <summary>
/// The arrays one build worker groups chunk after chunk into when each chunk is spilled as soon as
/// it is grouped (<see cref="ChunkSpill"/>): allocated once and grown. A chunk's own arrays are
/// large objects, 17 MB per 4,096 articles, which only a full collection finds once spilled; the
/// heap grew by most of them before one ran.
/// </summary>
internal sealed class ChunkScratch
{
    private ushort[] _docs = [];
    private ushort[] _frequencies = [];
    private int[] _byteStarts = [];
    private byte[] _bytes = [];

    /// <summary>A chunk at <paramref name="place"/> over this scratch, without weights: the spill gives it its own.</summary>
    public ChunkPostings Chunk(ChunkPlace place, int runs, int postings, int bytes)
    {
        Grow(ref _docs, postings);
        Grow(ref _frequencies, postings);
        Grow(ref _byteStarts, postings + 1);
        Grow(ref _bytes, bytes);
        return new ChunkPostings(place, new int[runs], new int[runs + 1], _docs.AsMemory(0, postings), Memory<ushort>.Empty,
            _frequencies.AsMemory(0, postings), _byteStarts.AsMemory(0, postings + 1), _bytes.AsMemory(0, bytes));
    }

    private static void Grow<T>(ref T[] array, int length)
    {
        if (array.Length < length)
        {
            // A quarter over: chunks differ in size by a few per cent, so the next rarely grows it again.
            array = GC.AllocateUninitializedArray<T>(Math.Max(length, length + (length / 4)));
        }
    }
}
