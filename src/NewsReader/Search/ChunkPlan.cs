namespace NewsReader.Search;

/// <summary>
/// How an index's articles are cut into chunks. A build cuts them into full chunks. An update
/// keeps every chunk of the last index whose articles are all unchanged and still side by side,
/// in the same order, wherever they moved to (new articles at the top move every one of them
/// down): such a chunk is taken whole (<see cref="ChunkPostings.MovedTo"/>) instead of regrouped
/// posting by posting, which was nearly all of a small update's time. The articles in between are
/// grouped into new chunks. So that chunks stay large over many updates, a run shorter than a
/// quarter chunk takes in its smaller kept neighbour, which is grouped again with it.
/// </summary>
internal static class ChunkPlan
{
    private const int ShortestRun = SearchIndexBuilder.ChunkSize / 4;

    /// <summary>One chunk to be: where it sits, and the last index's chunk it is taken from (or -1 to group it).</summary>
    internal readonly record struct Entry(ChunkPlace Place, int From);

    /// <summary><paramref name="articles"/> articles in as few chunks as hold them, of nearly equal size.</summary>
    public static Entry[] Cut(int articles) => Numbered(Split(0, articles).Select(run => (run.First, run.Count, -1)));

    /// <param name="from">Per article, its document in the last index, or -1 when it is read anew.</param>
    /// <param name="previous">The last index's chunks, in order.</param>
    public static Entry[] Update(int[] from, IReadOnlyList<ChunkPlace> previous)
    {
        var runs = new List<(int First, int Count, int From)>();
        var next = 0;
        foreach (var (first, chunk) in Kept(from, previous))
        {
            if (first > next)
            {
                runs.Add((next, first - next, -1));
            }

            runs.Add((first, previous[chunk].DocCount, chunk));
            next = first + previous[chunk].DocCount;
        }

        if (next < from.Length)
        {
            runs.Add((next, from.Length - next, -1));
        }

        while (TakeInShortRun(runs))
        {
        }

        return Numbered(Joined(runs).SelectMany(run => run.From >= 0 ? Enumerable.Repeat(run, 1) : Split(run.First, run.Count).Select(piece => (piece.First, piece.Count, From: -1))));
    }

    /// <summary>The last index's chunks whose articles all sit side by side in the new order, with where they start, in that order.</summary>
    private static List<(int First, int Chunk)> Kept(int[] from, IReadOnlyList<ChunkPlace> previous)
    {
        var documents = previous.Count == 0 ? 0 : previous[^1].EndDoc;
        var movedTo = new int[documents];
        Array.Fill(movedTo, -1);
        for (var i = 0; i < from.Length; i++)
        {
            if (from[i] >= 0)
            {
                movedTo[from[i]] = i;
            }
        }

        var kept = new List<(int First, int Chunk)>();
        for (var chunk = 0; chunk < previous.Count; chunk++)
        {
            var place = previous[chunk];
            var first = movedTo[place.FirstDoc];
            var whole = first >= 0;
            for (var k = 1; k < place.DocCount && whole; k++)
            {
                whole = movedTo[place.FirstDoc + k] == first + k;
            }

            if (whole)
            {
                kept.Add((first, chunk));
            }
        }

        kept.Sort((a, b) => a.First.CompareTo(b.First));
        return kept;
    }

    /// <summary>Gives the first run to be grouped that is too short its smaller kept neighbour; false when there is none to give.</summary>
    private static bool TakeInShortRun(List<(int First, int Count, int From)> runs)
    {
        var joined = Joined(runs);
        runs.Clear();
        runs.AddRange(joined);
        for (var i = 0; i < runs.Count; i++)
        {
            if (runs[i].From >= 0 || runs[i].Count >= ShortestRun)
            {
                continue;
            }

            var left = i > 0 ? runs[i - 1].Count : int.MaxValue;
            var right = i + 1 < runs.Count ? runs[i + 1].Count : int.MaxValue;
            if (left == int.MaxValue && right == int.MaxValue)
            {
                return false;
            }

            var taken = left <= right ? i - 1 : i + 1;
            runs[taken] = runs[taken] with { From = -1 };
            return true;
        }

        return false;
    }

    /// <summary>Runs to be grouped that touch become one.</summary>
    private static List<(int First, int Count, int From)> Joined(List<(int First, int Count, int From)> runs)
    {
        var joined = new List<(int First, int Count, int From)>(runs.Count);
        foreach (var run in runs)
        {
            if (run.From < 0 && joined.Count > 0 && joined[^1].From < 0)
            {
                joined[^1] = joined[^1] with { Count = joined[^1].Count + run.Count };
            }
            else
            {
                joined.Add(run);
            }
        }

        return joined;
    }

    /// <summary>A run cut into as few chunks as fit it, of nearly equal size.</summary>
    private static IEnumerable<(int First, int Count)> Split(int first, int count)
    {
        var pieces = (count + SearchIndexBuilder.ChunkSize - 1) / SearchIndexBuilder.ChunkSize;
        for (var piece = 0; piece < pieces; piece++)
        {
            var (start, end) = (first + (int)((long)count * piece / pieces), first + (int)((long)count * (piece + 1) / pieces));
            yield return (start, end - start);
        }
    }

    private static Entry[] Numbered(IEnumerable<(int First, int Count, int From)> runs) =>
        [.. runs.Select((run, index) => new Entry(new ChunkPlace(index, run.First, run.Count), run.From))];
}
