using System.Collections.Immutable;
using NewsReader.Articles;

namespace NewsReader.Search;

/// <summary>
/// Builds the postings of a snapshot a chunk of articles at a time: the chunk is tokenised in
/// parallel and its postings grouped by term (<see cref="ChunkPostings"/>). Once every chunk is
/// grouped, each term's total is known, so the index is allocated once at its exact size and
/// each chunk's runs are copied into place: no list grows by doubling, and no posting is copied
/// more than twice.
/// </summary>
internal static class SearchIndexBuilder
{
    private const int ChunkSize = 4096;

    public static PostingList?[] Build(ImmutableArray<Article> articles, float k1, float b)
    {
        var lengths = new float[articles.Length];
        var chunks = new ChunkPostings?[(articles.Length + ChunkSize - 1) / ChunkSize];
        // Each worker tokenises and groups whole chunks on its own: no step waits for the slowest
        // article of a chunk, and grouping (one pass over every posting) runs on every core too.
        Parallel.For(0, chunks.Length, () => new ChunkWorker(Math.Min(ChunkSize, articles.Length)), (c, _, worker) =>
        {
            var first = c * ChunkSize;
            var size = Math.Min(ChunkSize, articles.Length - first);
            for (var i = 0; i < size; i++)
            {
                worker.Documents[i].Fill(articles[first + i]);
                lengths[first + i] = worker.Documents[i].Length;
            }

            chunks[c] = ChunkPostings.Group(worker.Documents, size, first, worker.CursorsFor(TermIds.Count));
            return worker;
        }, _ => { });

        var average = lengths.Length == 0 ? 1f : Math.Max(1f, lengths.Average());
        var norms = Array.ConvertAll(lengths, length => k1 * (1 - b + (b * length / average)));
        return Merge(chunks, norms, k1);
    }

    /// <summary>One worker's reusable scratch: a chunk's worth of article terms and the term cursors.</summary>
    private sealed class ChunkWorker(int chunkSize)
    {
        private TermCursors _cursors = new(0);

        public DocumentTerms[] Documents { get; } = [.. Enumerable.Range(0, chunkSize).Select(_ => new DocumentTerms())];

        public TermCursors CursorsFor(int terms) => _cursors.Postings.Length >= terms ? _cursors : _cursors = new TermCursors(terms * 2);
    }

    private static PostingList?[] Merge(ChunkPostings?[] chunks, float[] norms, float k1)
    {
        var terms = Math.Max(TermIds.Count, 1);
        var cursors = new TermCursors(terms);
        foreach (var chunk in chunks)
        {
            for (var run = 0; run < chunk!.Terms.Length; run++)
            {
                cursors.Postings[chunk.Terms[run]] += chunk.RunStarts[run + 1] - chunk.RunStarts[run];
                cursors.Bytes[chunk.Terms[run]] += chunk.ByteRunStarts[run + 1] - chunk.ByteRunStarts[run];
            }
        }

        var postings = new PostingList?[terms];
        var (total, totalBytes) = (0, 0);
        var store = new PostingStore(cursors.Postings.Sum(), checked((int)cursors.Bytes.Sum(count => (long)count)));
        for (var term = 0; term < terms; term++)
        {
            var (count, bytes) = (cursors.Postings[term], cursors.Bytes[term]);
            postings[term] = count == 0 ? null : new PostingList(store, total, count);
            // From here on each term's cursors say where its next run goes.
            (cursors.Postings[term], cursors.Bytes[term]) = (total, totalBytes);
            (total, totalBytes) = (total + count, totalBytes + bytes);
        }

        store.PositionStarts[total] = totalBytes;
        for (var c = 0; c < chunks.Length; c++)
        {
            var chunk = chunks[c]!;
            Parallel.For(0, chunk.Terms.Length, run => CopyRun(chunk, run, store, cursors, norms, k1));
            chunks[c] = null;
        }

        return postings;
    }

    /// <summary>Moves one term's run from a chunk into the store, turning frequencies into BM25 impacts on the way.</summary>
    private static void CopyRun(ChunkPostings chunk, int run, PostingStore store, TermCursors cursors, float[] norms, float k1)
    {
        var term = chunk.Terms[run];
        var (from, to) = (chunk.RunStarts[run], chunk.RunStarts[run + 1]);
        var (fromByte, toByte) = (chunk.ByteRunStarts[run], chunk.ByteRunStarts[run + 1]);
        var (at, byteAt) = (cursors.Postings[term], cursors.Bytes[term]);
        var shift = byteAt - fromByte;
        for (var i = from; i < to; i++, at++)
        {
            var (doc, tf) = (chunk.Docs[i], chunk.Frequencies[i]);
            store.Docs[at] = doc;
            store.Impacts[at] = tf * (k1 + 1) / (tf + norms[doc]);
            store.PositionStarts[at] = chunk.ByteStarts[i] + shift;
        }

        chunk.Bytes.AsSpan(fromByte..toByte).CopyTo(store.Positions.AsSpan(byteAt));
        (cursors.Postings[term], cursors.Bytes[term]) = (at, byteAt + (toByte - fromByte));
    }
}
