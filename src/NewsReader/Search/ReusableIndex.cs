using NewsReader.Search.Languages;

namespace NewsReader.Search;

/// <summary>
/// What an index offers the next one to be built (<see cref="SearchIndex.Update"/>): its chunks
/// with their frequencies, where its articles' blocks start, each article's length in words and
/// <see cref="DocumentKey"/> in document order, and the languages it read them in. A live index
/// gives it, and so does one saved in the snapshot store for other articles than those loaded now
/// (its chunks read the mapped file, which stays mapped for as long as anything may read it).
/// </summary>
internal sealed record ReusableIndex(
    IReadOnlyList<ChunkPostings> Chunks,
    BlockPositions Blocks,
    int[] Lengths,
    ulong[] DocumentKeys,
    IReadOnlyList<TextLanguage> Languages);
