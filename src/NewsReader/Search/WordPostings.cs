namespace NewsReader.Search;

/// <summary>
/// Each query word's postings. A word read in several languages may have a term in each
/// (<see cref="SearchTokenizer.TermSeparator"/>); its postings are then the union of theirs. The
/// match walk expects every word's postings for one chunk to share that chunk's arrays, so when
/// any word has several terms the query's words are laid out anew, chunk by chunk, in arrays of
/// their own (<see cref="ChunkPostings"/> with one run per word). A corpus in one language never
/// has a word with several terms, and pays nothing.
/// </summary>
internal static class WordPostings
{
    /// <returns>Per word, its postings; null for a word no article has.</returns>
    public static PostingList?[] ListsOf(string[] words, Func<string, PostingList?> listOf)
    {
        if (!words.Any(word => word.Contains(SearchTokenizer.TermSeparator, StringComparison.Ordinal)))
        {
            return Array.ConvertAll(words, word => listOf(word));
        }

        var alternatives = Array.ConvertAll(words, word => word.Split(SearchTokenizer.TermSeparator).Select(listOf).OfType<PostingList>().ToArray());
        return alternatives.Any(lists => lists.Length == 0) || alternatives.All(lists => lists.Length == 1)
            ? Array.ConvertAll(alternatives, lists => lists.FirstOrDefault())
            : Unite(alternatives);
    }

    private static PostingList[] Unite(PostingList[][] alternatives)
    {
        var words = alternatives.Length;
        var chunks = new List<ChunkPostings>[words];
        var offsets = new List<int>[words];
        var starts = new List<int>[words];
        for (var word = 0; word < words; word++)
        {
            (chunks[word], offsets[word], starts[word]) = ([], [], [0]);
        }

        var places = alternatives.SelectMany(lists => lists).SelectMany(list => list.Chunks).Select(chunk => chunk.Place).Distinct().OrderBy(place => place.Index);
        foreach (var place in places)
        {
            var united = UniteChunk(place, alternatives);
            for (var word = 0; word < words; word++)
            {
                var count = united.RunStarts[word + 1] - united.RunStarts[word];
                if (count > 0)
                {
                    chunks[word].Add(united);
                    offsets[word].Add(united.RunStarts[word]);
                    starts[word].Add(starts[word][^1] + count);
                }
            }
        }

        return [.. Enumerable.Range(0, words).Select(word => new PostingList([.. chunks[word]], [.. offsets[word]], [.. starts[word]]))];
    }

    /// <summary>One chunk's postings of every word, a run per word in word order, each the union of the word's terms' postings.</summary>
    private static ChunkPostings UniteChunk(ChunkPlace place, PostingList[][] alternatives)
    {
        var segments = Array.ConvertAll(alternatives, lists => Array.ConvertAll(lists, list => list.SegmentOf(place.Index)));
        var (postings, bytes) = (0, 0);
        for (var word = 0; word < alternatives.Length; word++)
        {
            for (var term = 0; term < alternatives[word].Length; term++)
            {
                if (segments[word][term] >= 0)
                {
                    var (list, segment) = (alternatives[word][term], segments[word][term]);
                    var (chunk, offset, count) = (list.ChunkAt(segment), list.OffsetOf(segment), list.CountIn(segment));
                    postings += count;
                    bytes += chunk.ByteStarts[offset + count] - chunk.ByteStarts[offset];
                }
            }
        }

        var united = new ChunkPostings(place, alternatives.Length, postings, bytes);
        var (at, byteAt) = (0, 0);
        for (var word = 0; word < alternatives.Length; word++)
        {
            united.Terms[word] = word;
            united.RunStarts[word] = at;
            (at, byteAt) = Merge(alternatives[word], segments[word], united, at, byteAt);
        }

        united.RunStarts[alternatives.Length] = at;
        united.ByteStarts[at] = byteAt;
        return united;
    }

    /// <summary>Writes the union of one word's terms' postings in a chunk; a document several terms share takes the higher impact and all their positions.</summary>
    private static (int At, int ByteAt) Merge(PostingList[] lists, int[] segments, ChunkPostings united, int at, int byteAt)
    {
        var cursors = new int[lists.Length];
        var positions = new List<int>();
        while (true)
        {
            var doc = int.MaxValue;
            for (var term = 0; term < lists.Length; term++)
            {
                if (segments[term] >= 0 && cursors[term] < lists[term].CountIn(segments[term]))
                {
                    doc = Math.Min(doc, lists[term].DocsIn(segments[term])[cursors[term]]);
                }
            }

            if (doc == int.MaxValue)
            {
                return (at, byteAt);
            }

            var weight = (ushort)0;
            positions.Clear();
            for (var term = 0; term < lists.Length; term++)
            {
                if (segments[term] < 0 || cursors[term] >= lists[term].CountIn(segments[term]) || lists[term].DocsIn(segments[term])[cursors[term]] != doc)
                {
                    continue;
                }

                var (list, segment) = (lists[term], segments[term]);
                var posting = list.OffsetOf(segment) + cursors[term]++;
                var encoded = list.ChunkAt(segment).EncodedPositionsAt(posting);
                weight = Math.Max(weight, list.ChunkAt(segment).Weights[posting]);
                var decoded = new int[encoded.Length];
                positions.AddRange(decoded.AsSpan(0, PositionCodec.Decode(encoded, decoded)));
            }

            positions.Sort();
            var distinct = positions.Distinct().ToArray();
            united.Docs[at] = (ushort)doc;
            united.Weights[at] = weight;
            united.ByteStarts[at] = byteAt;
            byteAt += PositionCodec.Encode(distinct, united.Bytes[byteAt..]);
            at++;
        }
    }
}
