using System.Buffers;
using System.Numerics;

namespace NewsReader.Search;

/// <summary>
/// Chooses a result's snippet passage from the index alone: the query's words' positions in the
/// article (from the postings) and where its blocks start give the window of
/// <see cref="Snippets.WindowWords"/> words that holds the most distinct query words, so only
/// that one block is then tokenised. Reading the article's blocks in turn until one window held
/// every word made a three-word query's results page cost milliseconds.
/// </summary>
internal static class PassageFinder
{
    /// <summary>Words shown before the first match, so it is read in context.</summary>
    public const int Lead = 5;

    /// <param name="lists">The query's distinct terms' postings.</param>
    /// <param name="doc">The article.</param>
    /// <param name="blockStarts">Where the article's blocks after the headline start (<see cref="BlockPositions"/>).</param>
    /// <returns>The block (numbered as <see cref="DocumentTerms.BlockText"/> does) and the word it starts at; null when only the headline matches.</returns>
    public static (int Block, int Start)? Find(PostingList[] lists, int doc, ReadOnlySpan<int> blockStarts)
    {
        if (blockStarts.IsEmpty)
        {
            return null;
        }

        var capacity = 0;
        foreach (var list in lists)
        {
            capacity += list.EncodedPositionsIn(doc).Length;
        }

        var positions = ArrayPool<int>.Shared.Rent(Math.Max(1, capacity));
        var occurrences = ArrayPool<long>.Shared.Rent(Math.Max(1, capacity));
        try
        {
            // Each occurrence past the headline as position × 64 + term: sorted, they are the
            // article's matches in reading order, each knowing its term (a query has at most 32).
            var count = 0;
            for (var t = 0; t < lists.Length; t++)
            {
                var decoded = PositionCodec.Decode(lists[t].EncodedPositionsIn(doc), positions);
                foreach (var position in positions.AsSpan(0, decoded))
                {
                    if (position >= blockStarts[0])
                    {
                        occurrences[count++] = ((long)position << 6) | (long)t;
                    }
                }
            }

            var found = occurrences.AsSpan(0, count);
            found.Sort();
            return Best(found, blockStarts, lists.Length);
        }
        finally
        {
            ArrayPool<int>.Shared.Return(positions);
            ArrayPool<long>.Shared.Return(occurrences);
        }
    }

    private static (int Block, int Start)? Best(ReadOnlySpan<long> found, ReadOnlySpan<int> blockStarts, int terms)
    {
        (int Block, int Start, int Terms)? best = null;
        for (var i = 0; i < found.Length; i++)
        {
            var position = (int)(found[i] >> 6);
            var block = BlockOf(blockStarts, position);
            // A match among the block's first words shows the block from its start, not from a cut word.
            var start = position - blockStarts[block] <= 2 * Lead ? blockStarts[block] : position - Lead;
            var end = Math.Min(start + Snippets.WindowWords, block + 1 < blockStarts.Length ? blockStarts[block + 1] : int.MaxValue);
            var held = 0UL;
            // The window may begin before this occurrence (the lead words): look back as far as it.
            var j = i;
            while (j > 0 && (found[j - 1] >> 6) >= start)
            {
                j--;
            }

            for (; j < found.Length && (found[j] >> 6) < end; j++)
            {
                held |= 1UL << (int)(found[j] & 63);
            }

            var count = BitOperations.PopCount(held);
            if (best is null || count > best.Value.Terms)
            {
                best = (block, start - blockStarts[block], count);
            }

            if (count == terms)
            {
                break;
            }
        }

        return best is { } chosen ? (chosen.Block, chosen.Start) : null;
    }

    /// <summary>The last block starting at or before the position.</summary>
    private static int BlockOf(ReadOnlySpan<int> blockStarts, int position)
    {
        var at = blockStarts.BinarySearch(position);
        return at >= 0 ? at : ~at - 1;
    }
}
