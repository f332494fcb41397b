namespace NewsReader.Search;

/// <summary>
/// The postings of one chunk of consecutive articles laid out term by term (a counting sort):
/// each term's documents, frequencies and encoded positions side by side, so moving a term's run
/// into the index is a few block copies instead of a read from a different article per posting.
/// </summary>
internal sealed class ChunkPostings
{
    private ChunkPostings(int runs, int postings, int bytes)
    {
        Terms = new int[runs];
        RunStarts = new int[runs + 1];
        ByteRunStarts = new int[runs + 1];
        Docs = GC.AllocateUninitializedArray<int>(postings);
        Frequencies = GC.AllocateUninitializedArray<float>(postings);
        ByteStarts = GC.AllocateUninitializedArray<int>(postings);
        Bytes = GC.AllocateUninitializedArray<byte>(bytes);
    }

    /// <summary>The term of each run, in order of first appearance in the chunk.</summary>
    public int[] Terms { get; }

    /// <summary>Where each run starts in the posting arrays, plus one end.</summary>
    public int[] RunStarts { get; }

    /// <summary>Where each run's encoded positions start in <see cref="Bytes"/>, plus one end.</summary>
    public int[] ByteRunStarts { get; }

    public int[] Docs { get; }

    public float[] Frequencies { get; }

    /// <summary>Where each posting's encoded positions start in <see cref="Bytes"/>.</summary>
    public int[] ByteStarts { get; }

    public byte[] Bytes { get; }

    /// <param name="documents">The chunk's articles' terms.</param>
    /// <param name="size">How many of <paramref name="documents"/> belong to the chunk.</param>
    /// <param name="offset">The first article's place in the snapshot.</param>
    /// <param name="cursors">Zeroed scratch, one slot per term id; left zeroed.</param>
    public static ChunkPostings Group(DocumentTerms[] documents, int size, int offset, TermCursors cursors)
    {
        var terms = new List<int>();
        var (postings, bytes) = (0, 0);
        for (var i = 0; i < size; i++)
        {
            var document = documents[i];
            for (var slot = 0; slot < document.Count; slot++)
            {
                var term = document.Ids[slot];
                if (cursors.Postings[term]++ == 0)
                {
                    terms.Add(term);
                }

                cursors.Bytes[term] += document.EncodedLengthOf(slot);
            }

            postings += document.Count;
            bytes += document.EncodedStarts[document.Count];
        }

        var chunk = new ChunkPostings(terms.Count, postings, bytes);
        terms.CopyTo(chunk.Terms);
        // The counts become each term's write cursors; the run starts remember where each run began.
        (postings, bytes) = (0, 0);
        for (var run = 0; run < terms.Count; run++)
        {
            var term = terms[run];
            (chunk.RunStarts[run], chunk.ByteRunStarts[run]) = (postings, bytes);
            (postings, bytes) = (postings + cursors.Postings[term], bytes + cursors.Bytes[term]);
            (cursors.Postings[term], cursors.Bytes[term]) = (chunk.RunStarts[run], chunk.ByteRunStarts[run]);
        }

        (chunk.RunStarts[terms.Count], chunk.ByteRunStarts[terms.Count]) = (postings, bytes);
        for (var i = 0; i < size; i++)
        {
            chunk.Scatter(documents[i], offset + i, cursors);
        }

        foreach (var term in terms)
        {
            (cursors.Postings[term], cursors.Bytes[term]) = (0, 0);
        }

        return chunk;
    }

    private void Scatter(DocumentTerms document, int doc, TermCursors cursors)
    {
        for (var slot = 0; slot < document.Count; slot++)
        {
            var term = document.Ids[slot];
            var at = cursors.Postings[term]++;
            var length = document.EncodedLengthOf(slot);
            var byteAt = cursors.Bytes[term];
            cursors.Bytes[term] += length;
            (Docs[at], Frequencies[at], ByteStarts[at]) = (doc, document.Frequencies[slot], byteAt);
            document.EncodedPositions.AsSpan(document.EncodedStarts[slot], length).CopyTo(Bytes.AsSpan(byteAt));
        }
    }
}
