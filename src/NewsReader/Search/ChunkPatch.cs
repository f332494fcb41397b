namespace NewsReader.Search;

/// <summary>
/// A chunk of the last index whose articles all kept their places but a few, which were edited or
/// replaced: its postings are copied run by run without the few, and theirs are merged in. Edits
/// land all over the index (articles are in date order, not the order they change), so a restart
/// with 100 files changed among 100,000 left no chunk whole, and every article's terms were read
/// back and grouped again. The result is the chunk <see cref="ChunkPostings.Group"/> would make of
/// the same articles, up to the order of its runs; its weights are worked out after, as a grouped
/// chunk's are.
/// </summary>
internal static class ChunkPatch
{
    /// <param name="old">The last index's chunk, whose article at each offset is the new chunk's article at the same offset, unless replaced.</param>
    /// <param name="place">Where the new chunk sits.</param>
    /// <param name="replaced">Per offset, whether its article is new here (its terms in <paramref name="documents"/> at that offset).</param>
    // Runs once per chunk patched, usually once in a process, over a million postings: optimised from the first call.
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    public static ChunkPostings Apply(ChunkPostings old, ChunkPlace place, ReadOnlySpan<bool> replaced, DocumentTerms[] documents)
    {
        // The replaced articles' postings by term, in article order, and their terms in order of first use.
        var added = new Dictionary<int, List<(int Doc, int Slot)>>();
        var newTerms = new List<int>();
        var (postings, bytes) = (0, 0);
        for (var doc = 0; doc < replaced.Length; doc++)
        {
            if (!replaced[doc])
            {
                continue;
            }

            var document = documents[doc];
            for (var slot = 0; slot < document.Count; slot++)
            {
                if (!added.TryGetValue(document.Ids[slot], out var list))
                {
                    added[document.Ids[slot]] = list = [];
                    newTerms.Add(document.Ids[slot]);
                }

                list.Add((doc, slot));
            }

            postings += document.Count;
            bytes += document.EncodedStarts[document.Count];
        }

        ReadOnlySpan<ushort> oldDocs = old.Docs;
        ReadOnlySpan<int> oldStarts = old.ByteStarts;
        for (var at = 0; at < oldDocs.Length; at++)
        {
            if (!replaced[oldDocs[at]])
            {
                postings++;
                bytes += oldStarts[at + 1] - oldStarts[at];
            }
        }

        ReadOnlySpan<ushort> oldFrequencies = old.Frequencies;
        ReadOnlySpan<byte> oldBytes = old.Bytes;
        var writer = new Writer(postings, bytes);
        for (var run = 0; run < old.Terms.Length; run++)
        {
            var term = old.Terms[run];
            var news = added.Remove(term, out var list) ? list : [];
            var (at, end, next) = (old.RunStarts[run], old.RunStarts[run + 1], 0);
            writer.StartRun();
            while (at < end || next < news.Count)
            {
                if (at < end && replaced[oldDocs[at]])
                {
                    at++;
                }
                else if (at < end && (next == news.Count || oldDocs[at] < news[next].Doc))
                {
                    writer.Add(oldDocs[at], oldFrequencies[at], oldBytes[oldStarts[at]..oldStarts[at + 1]]);
                    at++;
                }
                else
                {
                    writer.Add(news[next].Doc, documents[news[next].Doc], news[next].Slot);
                    next++;
                }
            }

            writer.EndRun(term);
        }

        foreach (var term in newTerms)
        {
            if (added.TryGetValue(term, out var list))
            {
                writer.StartRun();
                foreach (var (doc, slot) in list)
                {
                    writer.Add(doc, documents[doc], slot);
                }

                writer.EndRun(term);
            }
        }

        return writer.ToChunk(place);
    }

    /// <summary>Writes runs of postings into arrays of the exact size, dropping runs left empty.</summary>
    private sealed class Writer(int postings, int bytes)
    {
        private readonly ushort[] _docs = GC.AllocateUninitializedArray<ushort>(postings);
        private readonly ushort[] _frequencies = GC.AllocateUninitializedArray<ushort>(postings);
        private readonly int[] _byteStarts = GC.AllocateUninitializedArray<int>(postings + 1);
        private readonly byte[] _bytes = GC.AllocateUninitializedArray<byte>(bytes);
        private readonly List<int> _terms = [];
        private readonly List<int> _runStarts = [];
        private int _postings;
        private int _written;
        private int _runStart;

        public void StartRun() => _runStart = _postings;

        public void EndRun(int term)
        {
            if (_postings > _runStart)
            {
                _terms.Add(term);
                _runStarts.Add(_runStart);
            }
        }

        public void Add(int doc, ushort frequency, ReadOnlySpan<byte> positions)
        {
            (_docs[_postings], _frequencies[_postings], _byteStarts[_postings]) = ((ushort)doc, frequency, _written);
            positions.CopyTo(_bytes.AsSpan(_written));
            (_postings, _written) = (_postings + 1, _written + positions.Length);
        }

        public void Add(int doc, DocumentTerms document, int slot) =>
            Add(doc, ChunkPostings.FrequencyOf(document, slot), document.EncodedPositions.AsSpan(document.EncodedStarts[slot], document.EncodedLengthOf(slot)));

        public ChunkPostings ToChunk(ChunkPlace place)
        {
            _runStarts.Add(_postings);
            _byteStarts[_postings] = _written;
            return new ChunkPostings(place, [.. _terms], [.. _runStarts], _docs, GC.AllocateUninitializedArray<ushort>(_postings), _frequencies, _byteStarts, _bytes);
        }
    }
}
