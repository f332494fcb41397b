namespace NewsReader.Search;

/// <summary>
/// Where a chunk of postings sits in its index: its place among the chunks (every term's list has
/// its segments in that order) and the run of consecutive articles it holds. A build cuts the
/// articles into full chunks; an update keeps whole chunks of unchanged articles where they moved
/// to, so chunks may hold fewer (<see cref="ChunkPlan"/>).
/// </summary>
internal readonly record struct ChunkPlace(int Index, int FirstDoc, int DocCount)
{
    /// <summary>One past the chunk's last article.</summary>
    public int EndDoc => FirstDoc + DocCount;

    /// <summary>Whether <paramref name="doc"/> is one of the chunk's articles.</summary>
    public bool Holds(int doc) => doc >= FirstDoc && doc < EndDoc;

    /// <summary>The chunk of <paramref name="places"/> (in order, side by side) holding <paramref name="doc"/>, or -1.</summary>
    public static int Find(ReadOnlySpan<ChunkPlace> places, int doc)
    {
        var (low, high) = (0, places.Length - 1);
        while (low <= high)
        {
            var middle = (low + high) >>> 1;
            if (places[middle].Holds(doc))
            {
                return middle;
            }

            (low, high) = doc < places[middle].FirstDoc ? (low, middle - 1) : (middle + 1, high);
        }

        return -1;
    }
}
