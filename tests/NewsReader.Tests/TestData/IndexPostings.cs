using NewsReader.Search;

namespace NewsReader.Tests.TestData;

/// <summary>Finds a term's posting for one article in an index, through the chunk that holds the article.</summary>
internal static class IndexPostings
{
    /// <returns>The chunk, and where in its posting arrays the article's posting of the term is.</returns>
    public static (ChunkPostings Chunk, int At) Find(SearchIndex index, int term, int doc)
    {
        var chunk = index.Chunks.Single(chunk => chunk.Place.Holds(doc));
        var run = Array.IndexOf(chunk.Terms, term);
        var docs = chunk.Docs[chunk.RunStarts[run]..chunk.RunStarts[run + 1]];
        return (chunk, chunk.RunStarts[run] + docs.BinarySearch((ushort)(doc - chunk.FirstDoc)));
    }
}
