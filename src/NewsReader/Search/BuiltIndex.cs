namespace NewsReader.Search;

/// <summary>
/// What a build or an update makes of a snapshot's articles: the chunks, each term's list over
/// them, where each article's blocks start among its words, each article's length in words (what
/// BM25 weighs by, kept so that an update can take a chunk whole), and, when an update worked them
/// out, each article's <see cref="DocumentKey"/>.
/// </summary>
internal sealed record BuiltIndex(ChunkPostings[] Chunks, PostingList?[] Postings, BlockPositions Blocks, int[] Lengths, ulong[]? Keys = null);
