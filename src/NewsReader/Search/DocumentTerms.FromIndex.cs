namespace NewsReader.Search;

/// <summary>The other way to fill an article's terms: from an index that already holds them.</summary>
internal sealed partial class DocumentTerms
{
    /// <summary>
    /// Replaces this instance's terms with those an index already holds for the article (see
    /// <see cref="ChunkDocuments"/>): the same terms, frequencies, zones, positions and blocks that
    /// <see cref="Fill"/> would find, without reading the text. <see cref="Language"/> is not known
    /// here; the builder takes the languages from the index the terms came from.
    /// </summary>
    /// <param name="postings">The article's postings in <paramref name="chunk"/>.</param>
    /// <param name="terms">The term of each posting.</param>
    public void FillFrom(ChunkPostings chunk, ReadOnlySpan<int> postings, ReadOnlySpan<int> terms, ReadOnlySpan<int> blockStarts)
    {
        var count = postings.Length;
        var bytes = 0;
        foreach (var posting in postings)
        {
            bytes += chunk.EncodedPositionsAt(posting).Length;
        }

        (Count, Ids, Frequencies, Zones) = (count, Fit(Ids, count), Fit(Frequencies, count), Fit(Zones, count));
        (EncodedStarts, EncodedPositions) = (Fit(EncodedStarts, count + 1), Fit(EncodedPositions, bytes));
        ReadOnlySpan<ushort> frequencies = chunk.Frequencies;
        var (written, length) = (0, 0);
        for (var i = 0; i < count; i++)
        {
            var frequency = frequencies[postings[i]];
            (Ids[i], Frequencies[i], Zones[i]) = (terms[i], frequency & ChunkPostings.FrequencyMask, (byte)(frequency >> ChunkPostings.ZoneShift));
            var positions = chunk.EncodedPositionsAt(postings[i]);
            EncodedStarts[i] = written;
            positions.CopyTo(EncodedPositions.AsSpan(written));
            written += positions.Length;
            // The length counts every occurrence, as Fill's does; the kept frequency is capped.
            length += PositionCodec.Count(positions);
        }

        EncodedStarts[count] = written;
        Length = length;
        (BlockCount, BlockStarts) = (blockStarts.Length, Fit(BlockStarts, blockStarts.Length));
        blockStarts.CopyTo(BlockStarts);
        Language = default;
    }
}
