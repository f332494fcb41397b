using System.Collections.Immutable;
using NewsReader.Articles;
using NewsReader.Search.Languages;

namespace NewsReader.Search;

/// <summary>
/// Builds the postings of a snapshot a chunk of articles at a time: each chunk is tokenised and
/// its postings grouped by term (<see cref="ChunkPostings"/>) on whichever core is free. The
/// grouped chunks are the index: once every chunk's lengths are known their frequencies become
/// BM25 impacts in place, and each term's list points at its run in every chunk. Nothing grows by
/// doubling and nothing is copied into a second index (at 100,000 articles a copy would touch
/// another 500 MB).
/// </summary>
internal static class SearchIndexBuilder
{
    /// <summary>Articles per chunk: a term's list has a segment per chunk it occurs in.</summary>
    internal const int ChunkSize = 4096;

    /// <param name="languages">The languages the articles were read in, in their order (English first), for queries to be read in.</param>
    /// <returns>Each term's postings (by term id), where each article's blocks start among its positions, and each article's length.</returns>
    /// <param name="spill">Where each chunk's postings go once grouped, when not on the heap.</param>
    public static BuiltIndex Build(ImmutableArray<Article> articles, out TextLanguage[] languages, ChunkSpill? spill = null) =>
        Assemble(articles, ChunkPlan.Cut(articles.Length), reuse: null, seenBefore: 0, out languages, spill);

    /// <summary>
    /// As <see cref="Build"/>, but the articles <paramref name="previous"/> already holds (unchanged
    /// since, by <see cref="DocumentKey"/>) are not tokenised again: their chunks are taken whole
    /// where all their articles are still side by side (<see cref="ChunkPlan"/>), and otherwise
    /// their terms are read from it. Every article has the postings and weights <see cref="Build"/>
    /// gives it, so searches find and rank the same; the languages of the previous index stay among
    /// the languages (a query is read in one language more, which finds nothing extra).
    /// </summary>
    /// <param name="reused">How many articles were taken from <paramref name="previous"/>.</param>
    public static BuiltIndex Update(ReusableIndex previous, ImmutableArray<Article> articles, out TextLanguage[] languages, out int reused)
    {
        var reuse = new IndexReuse(previous, articles);
        var seenBefore = reuse.Count == 0 ? 0 : previous.Languages.Aggregate(0, (seen, language) => seen | (1 << (int)language));
        var built = Assemble(articles, reuse.Plan, reuse, seenBefore, out languages, spill: null);
        reused = reuse.Count;
        return built with { Keys = reuse.Keys };
    }

    /// <param name="seenBefore">The languages (one bit each) of the articles <paramref name="reuse"/> gives.</param>
    private static BuiltIndex Assemble(
        ImmutableArray<Article> articles, ChunkPlan.Entry[] plan, IndexReuse? reuse, int seenBefore, out TextLanguage[] languages, ChunkSpill? spill)
    {
        var seen = seenBefore;
        var lengths = new int[articles.Length];
        var chunks = new ChunkPostings?[plan.Length];
        var blocks = new BlockPositions([.. plan.Select(entry => entry.Place)]);
        // Each worker tokenises and groups whole chunks on its own: no step waits for the slowest
        // article of a chunk, and grouping (one pass over every posting) runs on every core too.
        // One worker per core, taking the next chunk until none is left: its 4,096 articles' worth
        // of scratch is allocated once (Parallel.For's per-task state is made anew as tasks are
        // replaced, which allocated it again for nearly every chunk: 900 MB at 100,000 articles).
        var next = -1;
        Parallel.For(0, Math.Min(Environment.ProcessorCount, plan.Length), _ =>
        {
            ChunkWorker? worker = null;
            for (var c = Interlocked.Increment(ref next); c < plan.Length; c = Interlocked.Increment(ref next))
            {
                var (place, from) = plan[c];
                if (from >= 0)
                {
                    chunks[c] = TakeWhole(reuse!.Previous, from, place, lengths, blocks);
                    continue;
                }

                worker ??= new ChunkWorker(Math.Min(ChunkSize, articles.Length));
                if (reuse?.PatchSource(place) is >= 0 and var source)
                {
                    chunks[c] = Patch(reuse, source, c, place, articles, worker, lengths, blocks, ref seen);
                    continue;
                }

                var chunkLanguages = 0;
                for (var i = 0; i < place.DocCount; i++)
                {
                    var doc = place.FirstDoc + i;
                    if (reuse?.TryFill(doc, worker.Documents[i]) != true)
                    {
                        chunkLanguages |= worker.ReadAnew(i, articles[doc]);
                    }

                    lengths[doc] = (int)worker.Documents[i].Length;
                }

                Interlocked.Or(ref seen, chunkLanguages);
                var grouped = ChunkPostings.Group(place, worker.Documents, worker.CursorsFor(TermIds.Count), spill is null ? null : worker.Scratch);
                chunks[c] = spill?.Spill(grouped) ?? grouped;
                blocks.Set(c, worker.Documents, place.DocCount);
            }
        });

        // A chunk taken whole keeps its weights while the (rounded) average length stands; when it
        // has moved, every chunk is weighed again, those taken whole in arrays of their own.
        var average = Bm25.AverageLength(lengths);
        var weighedBefore = reuse is not null && average == Bm25.AverageLength(reuse.Previous.Lengths);
        var norms = Array.ConvertAll(lengths, length => Bm25.K1 * (1 - Bm25.B + (Bm25.B * length / average)));
        Parallel.For(0, chunks.Length, c =>
        {
            if (plan[c].From < 0)
            {
                chunks[c]!.ToImpacts(norms);
                spill?.Weighed(chunks[c]!);
            }
            else if (!weighedBefore)
            {
                (chunks[c] = chunks[c]!.WithOwnWeights()).ToImpacts(norms);
            }
        });
        languages = [.. Enum.GetValues<TextLanguage>().Where(language => (seen & (1 << (int)language)) != 0)];
        languages = languages is [] ? [TextLanguage.English] : languages;
        // Every worker filled its chunks: none is null any more.
        var built = Array.ConvertAll(chunks, chunk => chunk!);
        return new BuiltIndex(built, ListsOf(built), blocks, lengths);
    }

    /// <summary>A chunk of the last index taken whole to <paramref name="place"/>, with its articles' lengths and block starts.</summary>
    private static ChunkPostings TakeWhole(ReusableIndex previous, int from, ChunkPlace place, int[] lengths, BlockPositions blocks)
    {
        var chunk = previous.Chunks[from];
        previous.Lengths.AsSpan(chunk.FirstDoc, chunk.DocCount).CopyTo(lengths.AsSpan(place.FirstDoc));
        blocks.Share(place.Index, previous.Blocks, from);
        return chunk.MovedTo(place);
    }

    /// <summary>
    /// A chunk of the last index with the few articles edited since read anew and merged in
    /// (<see cref="ChunkPatch"/>): the rest keep their postings, lengths and block starts.
    /// </summary>
    private static ChunkPostings Patch(
        IndexReuse reuse, int source, int chunk, ChunkPlace place, ImmutableArray<Article> articles, ChunkWorker worker, int[] lengths, BlockPositions blocks, ref int seen)
    {
        var previous = reuse.Previous;
        var from = previous.Chunks[source].FirstDoc;
        var replaced = new bool[place.DocCount];
        var languages = 0;
        for (var i = 0; i < place.DocCount; i++)
        {
            var doc = place.FirstDoc + i;
            replaced[i] = reuse.IsReadAnew(doc);
            if (replaced[i])
            {
                languages |= worker.ReadAnew(i, articles[doc]);
                lengths[doc] = (int)worker.Documents[i].Length;
            }
            else
            {
                lengths[doc] = previous.Lengths[from + i];
            }
        }

        Interlocked.Or(ref seen, languages);
        blocks.Patch(chunk, previous.Blocks, source, replaced, worker.Documents);
        return ChunkPatch.Apply(previous.Chunks[source], place, replaced, worker.Documents);
    }

    /// <summary>One worker's reusable scratch: a chunk's worth of article terms and the term cursors.</summary>
    private sealed class ChunkWorker(int chunkSize)
    {
        private TermCursors _cursors = new(0);

        public DocumentTerms[] Documents { get; } = [.. Enumerable.Range(0, chunkSize).Select(_ => new DocumentTerms())];

        /// <summary>Reads an article's terms from its text into slot <paramref name="i"/>; returns its language as a bit.</summary>
        public int ReadAnew(int i, Article article) => 1 << (int)Documents[i].Fill(article).Language;

        /// <summary>What chunks are grouped into when each is spilled as soon as grouped.</summary>
        public ChunkScratch Scratch { get; } = new();

        public TermCursors CursorsFor(int terms) => _cursors.Postings.Length >= terms ? _cursors : _cursors = new TermCursors(terms * 2);
    }

    /// <summary>Each term's posting list: its run in every chunk that has it (the chunks themselves are not copied).</summary>
    internal static PostingList?[] ListsOf(ChunkPostings[] chunks)
    {
        var terms = Math.Max(TermIds.Count, 1);
        var segments = new int[terms];
        foreach (var chunk in chunks)
        {
            foreach (var term in chunk.Terms)
            {
                segments[term]++;
            }
        }

        var chunksOf = new ChunkPostings[terms][];
        var offsets = new int[terms][];
        var starts = new int[terms][];
        for (var term = 0; term < terms; term++)
        {
            (chunksOf[term], offsets[term], starts[term]) = (new ChunkPostings[segments[term]], new int[segments[term]], new int[segments[term] + 1]);
            segments[term] = 0;
        }

        foreach (var chunk in chunks)
        {
            for (var run = 0; run < chunk.Terms.Length; run++)
            {
                var term = chunk.Terms[run];
                var segment = segments[term]++;
                (chunksOf[term][segment], offsets[term][segment]) = (chunk, chunk.RunStarts[run]);
                starts[term][segment + 1] = starts[term][segment] + chunk.RunStarts[run + 1] - chunk.RunStarts[run];
            }
        }

        var postings = new PostingList?[terms];
        for (var term = 0; term < terms; term++)
        {
            postings[term] = chunksOf[term].Length == 0 ? null : new PostingList(chunksOf[term], offsets[term], starts[term]);
        }

        return postings;
    }
}
