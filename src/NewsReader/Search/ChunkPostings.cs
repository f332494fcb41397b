namespace NewsReader.Search;

/// <summary>
/// The postings of one chunk of consecutive articles laid out term by term (a counting sort):
/// each term's documents, weights and encoded positions side by side. Once grouped, a chunk is
/// part of the index as it stands: a term's <see cref="PostingList"/> is its run in each chunk.
/// The postings are arrays while an index is built, or a memory-mapped file's bytes when it was
/// read back from the snapshot store (never written to then).
/// </summary>
internal sealed class ChunkPostings
{
    private readonly Memory<ushort> _docs;
    private readonly Memory<ushort> _weights;
    private readonly Memory<ushort> _frequencies;
    private readonly Memory<int> _byteStarts;
    private readonly Memory<byte> _bytes;

    /// <param name="place">The chunk's place among the index's chunks and the articles it holds.</param>
    /// <param name="withFrequencies">Keep each posting's frequency beside its impact (an index's chunks do; a query's union of words does not).</param>
    internal ChunkPostings(ChunkPlace place, int runs, int postings, int bytes, bool withFrequencies = false)
        : this(place, new int[runs], new int[runs + 1], GC.AllocateUninitializedArray<ushort>(postings), GC.AllocateUninitializedArray<ushort>(postings),
            withFrequencies ? GC.AllocateUninitializedArray<ushort>(postings) : Memory<ushort>.Empty, GC.AllocateUninitializedArray<int>(postings + 1), GC.AllocateUninitializedArray<byte>(bytes))
    {
    }

    internal ChunkPostings(ChunkPlace place, int[] terms, int[] runStarts, Memory<ushort> docs, Memory<ushort> weights, Memory<ushort> frequencies, Memory<int> byteStarts, Memory<byte> bytes)
    {
        (Place, Terms, RunStarts) = (place, terms, runStarts);
        (_docs, _weights, _frequencies, _byteStarts, _bytes) = (docs, weights, frequencies, byteStarts, bytes);
    }

    /// <summary>Which chunk this is of its index, and which of the index's articles it holds.</summary>
    public ChunkPlace Place { get; }

    /// <summary>Which chunk this is: every term's list has its segments in this order.</summary>
    public int Index => Place.Index;

    /// <summary>The snapshot position of the chunk's first article; <see cref="Docs"/> count from it.</summary>
    public int FirstDoc => Place.FirstDoc;

    /// <summary>How many articles the chunk holds (at most <see cref="SearchIndexBuilder.ChunkSize"/>).</summary>
    public int DocCount => Place.DocCount;

    /// <summary>
    /// The same postings as another index's chunk at <paramref name="place"/>, weights included: an
    /// update takes a chunk whose articles are all unchanged and still side by side whole, instead
    /// of regrouping them. The arrays are shared with this chunk (never written once weighed), in
    /// memory or in a mapped saved index, which stays mapped for as long as anything may read it.
    /// When the average length has moved, <see cref="WithOwnWeights"/> gives it weights to work out anew.
    /// </summary>
    internal ChunkPostings MovedTo(ChunkPlace place) => new(place, Terms, RunStarts, _docs, _weights, _frequencies, _byteStarts, _bytes);

    /// <summary>This chunk with a weights array of its own, for <see cref="ToImpacts"/> to fill (a moved chunk shares its source's).</summary>
    internal ChunkPostings WithOwnWeights() =>
        new(Place, Terms, RunStarts, _docs, GC.AllocateUninitializedArray<ushort>(_docs.Length), _frequencies, _byteStarts, _bytes);

    /// <summary>
    /// This chunk over copies of its postings held elsewhere (<see cref="ChunkSpill"/>), with a
    /// weights array of its own for <see cref="ToImpacts"/> to fill: the only array a build still
    /// writes once a chunk is grouped.
    /// </summary>
    internal ChunkPostings SpilledTo(Memory<ushort> docs, Memory<ushort> frequencies, Memory<int> byteStarts, Memory<byte> bytes) =>
        new(Place, Terms, RunStarts, docs, GC.AllocateUninitializedArray<ushort>(docs.Length), frequencies, byteStarts, bytes);

    /// <summary>This chunk over heap arrays of its own, weights included: for one grouped into a worker's scratch that could not be spilled.</summary>
    internal ChunkPostings Copied() =>
        new(Place, Terms, RunStarts, _docs.ToArray(), GC.AllocateUninitializedArray<ushort>(_docs.Length), _frequencies.ToArray(), _byteStarts.ToArray(), _bytes.ToArray());

    /// <summary>The term of each run, in order of first appearance in the chunk.</summary>
    public int[] Terms { get; }

    /// <summary>Where each run starts in the posting arrays, plus one end.</summary>
    public int[] RunStarts { get; }

    /// <summary>
    /// Each posting's article, counted from <see cref="FirstDoc"/>: a chunk holds 4,096 articles, so
    /// two bytes do, where a snapshot position would take four (at 100,000 articles, 62 MB less).
    /// </summary>
    public Span<ushort> Docs => _docs.Span;

    /// <summary>
    /// Each posting's BM25 impact once <see cref="ToImpacts"/> has run (the average length is known
    /// only when every chunk is), in steps of <see cref="Bm25.ImpactUnit"/>. Two bytes resolve an
    /// impact to 1/65,535 of its range, far finer than anything that separates two results, at half
    /// a float's memory.
    /// </summary>
    public Span<ushort> Weights => _weights.Span;

    /// <summary>
    /// Each posting's term frequency, its zones (<see cref="DocumentTerms.Zones"/>) in the top two
    /// bits: what an impact is worked out from. Kept after the impacts are, so that the next
    /// snapshot can take an unchanged article's postings from here instead of reading its text
    /// again (<see cref="ReadDocument"/>): two bytes more per posting, against tokenising the corpus.
    /// </summary>
    public Span<ushort> Frequencies => _frequencies.Span;

    /// <summary>Where each posting's encoded positions start in <see cref="Bytes"/>, plus one end.</summary>
    public Span<int> ByteStarts => _byteStarts.Span;

    public Span<byte> Bytes => _bytes.Span;

    /// <param name="place">Which chunk of the snapshot this is, and its articles.</param>
    /// <param name="documents">The chunk's articles' terms, <see cref="ChunkPlace.DocCount"/> of them first.</param>
    /// <param name="cursors">Zeroed scratch, one slot per term id; left zeroed.</param>
    /// <param name="scratch">Arrays to group into, reused for the next chunk (which the caller moves this one off first); else the chunk's own.</param>
    public static ChunkPostings Group(ChunkPlace place, DocumentTerms[] documents, TermCursors cursors, ChunkScratch? scratch = null)
    {
        var size = place.DocCount;
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

        var chunk = scratch?.Chunk(place, terms.Count, postings, bytes) ?? new ChunkPostings(place, terms.Count, postings, bytes, withFrequencies: true);
        terms.CopyTo(chunk.Terms);
        // The counts become each term's write cursors, starting where its run starts.
        (postings, bytes) = (0, 0);
        for (var run = 0; run < terms.Count; run++)
        {
            var term = terms[run];
            chunk.RunStarts[run] = postings;
            (postings, cursors.Postings[term]) = (postings + cursors.Postings[term], postings);
            (bytes, cursors.Bytes[term]) = (bytes + cursors.Bytes[term], bytes);
        }

        (chunk.RunStarts[terms.Count], chunk.ByteStarts[postings]) = (postings, bytes);
        for (var i = 0; i < size; i++)
        {
            chunk.Scatter(documents[i], i, cursors);
        }

        foreach (var term in terms)
        {
            (cursors.Postings[term], cursors.Bytes[term]) = (0, 0);
        }

        return chunk;
    }

    private void Scatter(DocumentTerms document, int local, TermCursors cursors)
    {
        Span<ushort> docs = _docs.Span, frequencies = _frequencies.Span;
        Span<int> byteStarts = _byteStarts.Span;
        Span<byte> bytes = _bytes.Span;
        for (var slot = 0; slot < document.Count; slot++)
        {
            var term = document.Ids[slot];
            var at = cursors.Postings[term]++;
            var length = document.EncodedLengthOf(slot);
            var byteAt = cursors.Bytes[term];
            cursors.Bytes[term] += length;
            (docs[at], frequencies[at], byteStarts[at]) = ((ushort)local, FrequencyOf(document, slot), byteAt);
            document.EncodedPositions.AsSpan(document.EncodedStarts[slot], length).CopyTo(bytes[byteAt..]);
        }
    }

    /// <summary>
    /// A term's frequency in an article as a posting keeps it. A word repeated 16,383 times in one
    /// article is saturated long before: BM25 cannot tell. The top two bits carry the zones until
    /// <see cref="ToImpacts"/> adds their bonuses.
    /// </summary>
    internal static ushort FrequencyOf(DocumentTerms document, int slot) =>
        (ushort)((int)Math.Min(FrequencyMask, MathF.Round(document.Frequencies[slot])) | (document.Zones[slot] << ZoneShift));

    internal const int ZoneShift = 14;
    internal const int FrequencyMask = (1 << ZoneShift) - 1;

    /// <param name="at">A posting's place in this chunk's arrays.</param>
    public ReadOnlySpan<byte> EncodedPositionsAt(int at)
    {
        var starts = _byteStarts.Span;
        return _bytes.Span.Slice(starts[at], starts[at + 1] - starts[at]);
    }

    /// <summary>Turns every posting's frequency into its BM25 impact, in place.</summary>
    /// <param name="lengthNorms">Per article of the snapshot, BM25's k1·(1 − b + b·length/average).</param>
    public void ToImpacts(float[] lengthNorms)
    {
        // An impact, tf·(k1 + 1)/(tf + norm) plus the zones' bonuses, is below MaxImpact (the norms
        // are positive), so as a fraction of that range it fits the steps exactly.
        var norms = lengthNorms.AsSpan(FirstDoc);
        Span<ushort> docs = _docs.Span, weights = _weights.Span, frequencies = _frequencies.Span;
        for (var i = 0; i < docs.Length; i++)
        {
            float tf = frequencies[i] & FrequencyMask;
            var zones = frequencies[i] >> ZoneShift;
            var impact = (tf * (Bm25.K1 + 1) / (tf + norms[docs[i]]))
                + ((zones & DocumentTerms.InHeadline) != 0 ? Bm25.HeadlineBonus : 0)
                + ((zones & DocumentTerms.InLead) != 0 ? Bm25.LeadBonus : 0);
            weights[i] = (ushort)MathF.Round(Math.Min(impact / Bm25.MaxImpact, 1f) * ushort.MaxValue);
        }
    }

    /// <summary>The size of the chunk's arrays, for the benchmarks' memory figure.</summary>
    public long Size => (_docs.Length * 10L) + _bytes.Length + (Terms.Length * 8L);
}
