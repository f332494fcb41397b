namespace NewsReader.Search;

/// <summary>
/// One chunk's postings turned around, article by article: which postings (and so which terms,
/// frequencies and positions) each of its articles has. A snapshot that keeps an article unchanged
/// reads its terms from here (<see cref="DocumentTerms.FillFrom"/>) instead of tokenising its text.
/// Made by one counting pass over the chunk; dropped once every article taken from it is.
/// </summary>
internal sealed class ChunkDocuments
{
    private readonly ChunkPostings _chunk;
    // Per article of the chunk, where its postings start in the two arrays below, plus one end.
    private readonly int[] _starts;
    private readonly int[] _postings;
    private readonly int[] _terms;

    /// <param name="articles">How many articles the chunk holds.</param>
    public ChunkDocuments(ChunkPostings chunk, int articles)
    {
        _chunk = chunk;
        ReadOnlySpan<ushort> docs = chunk.Docs;
        _starts = new int[articles + 1];
        foreach (var doc in docs)
        {
            _starts[doc + 1]++;
        }

        for (var i = 0; i < articles; i++)
        {
            _starts[i + 1] += _starts[i];
        }

        var cursors = _starts[..articles];
        (_postings, _terms) = (GC.AllocateUninitializedArray<int>(docs.Length), GC.AllocateUninitializedArray<int>(docs.Length));
        for (var run = 0; run < chunk.Terms.Length; run++)
        {
            var term = chunk.Terms[run];
            for (var posting = chunk.RunStarts[run]; posting < chunk.RunStarts[run + 1]; posting++)
            {
                var at = cursors[docs[posting]]++;
                (_postings[at], _terms[at]) = (posting, term);
            }
        }
    }

    /// <summary>Fills <paramref name="into"/> with the terms of the chunk's article <paramref name="local"/>.</summary>
    /// <param name="blockStarts">Where the article's blocks start, as the index kept them.</param>
    public void Fill(DocumentTerms into, int local, ReadOnlySpan<int> blockStarts)
    {
        var (from, to) = (_starts[local], _starts[local + 1]);
        into.FillFrom(_chunk, _postings.AsSpan(from, to - from), _terms.AsSpan(from, to - from), blockStarts);
    }
}
