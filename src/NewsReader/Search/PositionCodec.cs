namespace NewsReader.Search;

/// <summary>
/// Word positions as variable-length deltas: most gaps between one word's occurrences fit in a
/// byte, so positions take about a quarter of the memory of plain integers.
/// </summary>
internal static class PositionCodec
{
    /// <returns>The bytes written; <paramref name="destination"/> needs five per position at most.</returns>
    public static int Encode(ReadOnlySpan<int> positions, Span<byte> destination)
    {
        var written = 0;
        var previous = 0;
        foreach (var position in positions)
        {
            var delta = (uint)(position - previous);
            previous = position;
            while (delta >= 0x80)
            {
                destination[written++] = (byte)(delta | 0x80);
                delta >>= 7;
            }

            destination[written++] = (byte)delta;
        }

        return written;
    }

    /// <returns>The positions decoded; <paramref name="destination"/> needs one slot per source byte at most.</returns>
    public static int Decode(ReadOnlySpan<byte> source, Span<int> destination)
    {
        var count = 0;
        var position = 0;
        var delta = 0;
        var shift = 0;
        foreach (var b in source)
        {
            delta |= (b & 0x7F) << shift;
            if (b < 0x80)
            {
                position += delta;
                destination[count++] = position;
                delta = 0;
                shift = 0;
            }
            else
            {
                shift += 7;
            }
        }

        return count;
    }

    /// <summary>How many positions <paramref name="source"/> holds, without decoding them: one per byte that ends a number.</summary>
    public static int Count(ReadOnlySpan<byte> source)
    {
        var count = 0;
        foreach (var b in source)
        {
            count += b < 0x80 ? 1 : 0;
        }

        return count;
    }
}
