using System.Collections.Immutable;
using NewsReader.Articles;

namespace NewsReader.Search;

/// <summary>
/// Builds the postings of a snapshot a chunk of articles at a time: the chunk is tokenised in
/// parallel, its postings grouped by term (a counting sort), and each term's run appended to its
/// list by whichever core owns the term. Grouping first matters: appending posting by posting
/// jumps between tens of thousands of lists and spends its time waiting on memory.
/// </summary>
internal static class SearchIndexBuilder
{
    private const int ChunkSize = 4096;

    public static PostingList?[] Build(ImmutableArray<Article> articles, float k1, float b)
    {
        var builders = new PostingListBuilder?[Math.Max(TermIds.Count, 1024)];
        var lengths = new float[articles.Length];
        var chunk = Enumerable.Range(0, ChunkSize).Select(_ => new DocumentTerms()).ToArray();
        var runs = new ChunkRuns();
        for (var first = 0; first < articles.Length; first += ChunkSize)
        {
            var size = Math.Min(ChunkSize, articles.Length - first);
            var offset = first;
            Parallel.For(0, size, i => chunk[i].Fill(articles[offset + i]));
            if (TermIds.Count > builders.Length)
            {
                Array.Resize(ref builders, TermIds.Count * 2);
            }

            runs.Group(chunk, size);
            Parallel.ForEach(System.Collections.Concurrent.Partitioner.Create(0, runs.TermCount), range =>
            {
                for (var r = range.Item1; r < range.Item2; r++)
                {
                    runs.AppendTo(r, chunk, offset, builders);
                }
            });

            for (var i = 0; i < size; i++)
            {
                lengths[offset + i] = chunk[i].Length;
            }
        }

        var average = lengths.Length == 0 ? 1f : Math.Max(1f, lengths.Average());
        var norms = Array.ConvertAll(lengths, length => k1 * (1 - b + (b * length / average)));
        var postings = new PostingList?[builders.Length];
        Parallel.For(0, builders.Length, term => postings[term] = builders[term]?.Build(norms, k1));
        return postings;
    }

    /// <summary>One chunk's postings grouped by term: for each term present, which documents and which of their slots.</summary>
    private sealed class ChunkRuns
    {
        private int[] _counts = [];
        private readonly List<int> _terms = [];
        private int[] _runStarts = [];
        private int[] _entryDocs = [];
        private int[] _entrySlots = [];

        public int TermCount => _terms.Count;

        public void Group(DocumentTerms[] documents, int size)
        {
            if (_counts.Length < TermIds.Count)
            {
                Array.Resize(ref _counts, TermIds.Count * 2);
            }

            foreach (var term in _terms)
            {
                _counts[term] = 0;
            }

            _terms.Clear();
            var total = 0;
            for (var i = 0; i < size; i++)
            {
                foreach (var term in documents[i].Ids.AsSpan(0, documents[i].Count))
                {
                    if (_counts[term]++ == 0)
                    {
                        _terms.Add(term);
                    }
                }

                total += documents[i].Count;
            }

            EnsureCapacity(total);
            // _counts becomes each term's write cursor; _runStarts remembers where each run began.
            var start = 0;
            for (var r = 0; r < _terms.Count; r++)
            {
                var count = _counts[_terms[r]];
                _runStarts[r] = start;
                _counts[_terms[r]] = start;
                start += count;
            }

            _runStarts[_terms.Count] = start;
            for (var i = 0; i < size; i++)
            {
                var ids = documents[i].Ids;
                for (var slot = 0; slot < documents[i].Count; slot++)
                {
                    var at = _counts[ids[slot]]++;
                    _entryDocs[at] = i;
                    _entrySlots[at] = slot;
                }
            }
        }

        public void AppendTo(int run, DocumentTerms[] documents, int offset, PostingListBuilder?[] builders)
        {
            var builder = builders[_terms[run]] ??= new PostingListBuilder();
            for (var at = _runStarts[run]; at < _runStarts[run + 1]; at++)
            {
                var document = documents[_entryDocs[at]];
                var slot = _entrySlots[at];
                builder.Add(offset + _entryDocs[at], document.Frequencies[slot], document.PositionsOf(slot));
            }
        }

        private void EnsureCapacity(int total)
        {
            if (_entryDocs.Length < total)
            {
                _entryDocs = new int[total];
                _entrySlots = new int[total];
            }

            if (_runStarts.Length < _terms.Count + 1)
            {
                _runStarts = new int[(_terms.Count + 1) * 2];
            }
        }
    }
}
