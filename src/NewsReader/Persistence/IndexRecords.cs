using System.Runtime.InteropServices;
using NewsReader.Search;
using NewsReader.Search.Languages;

namespace NewsReader.Persistence;

/// <summary>
/// The saved index's records, as <see cref="IndexStore.WriteAsync"/> writes them: the key of the
/// articles indexed, the languages, the terms as words, each chunk's place and shape, where each
/// article's blocks start, each article's length and key, and the settled topics. Decoded and
/// checked to fit together before the postings behind them are mapped.
/// </summary>
internal static class IndexRecords
{
    /// <summary>What the records hold, before the postings are mapped.</summary>
    internal sealed record Records(
        ulong Key,
        TextLanguage[] Languages,
        (ChunkPlace Place, int[] Terms, int[] RunStarts, int Postings, int Bytes)[] Shapes,
        int[][] Starts,
        int[][] Offsets,
        int[] Lengths,
        ulong[] DocumentKeys,
        SettledTopicsRecord.Lists? Topics);

    /// <summary>
    /// The records, decoded once the checksum holds (nothing, not even a term, is taken before):
    /// run in the background from <see cref="IndexStore.Open"/>, while the start scans the folder and publishes.
    /// </summary>
    internal static (Records? Records, string? Problem) Decode(StoreFile.Opened store)
    {
        try
        {
            if (!store.ChecksumHolds())
            {
                return (null, StoreFile.ChecksumProblem);
            }

            // The records (some 18 MB at 100,000 articles) in one read, decoded in memory: counted
            // through the file stream, each count asked the system for the file's length.
            var length = store.Layout.BodiesStart - store.Position;
            var records = new byte[length <= Array.MaxLength ? length : throw new InvalidDataException($"its records are {length} bytes long")];
            var reader = new RecordReader(records.AsSpan(0, RandomAccess.Read(store.Handle, records, store.Position)));
            var (key, count) = (reader.ReadUInt64(), reader.ReadInt32());
            var languages = ReadInts(ref reader).Select(language => (TextLanguage)language).ToArray();
            var ids = new int[reader.ReadCount(1)];
            for (var i = 0; i < ids.Length; i++)
            {
                ids[i] = TermIds.Intern(reader.ReadString());
            }

            var shapes = new (ChunkPlace Place, int[] Terms, int[] RunStarts, int Postings, int Bytes)[store.Layout.EntryCount];
            for (var c = 0; c < shapes.Length; c++)
            {
                var place = new ChunkPlace(reader.ReadInt32(), reader.ReadInt32(), reader.ReadInt32());
                shapes[c] = (place, Array.ConvertAll(ReadInts(ref reader), local => ids[local]), ReadInts(ref reader), reader.ReadCount(0), reader.ReadCount(0));
            }

            var (starts, offsets) = (new int[shapes.Length][], new int[shapes.Length][]);
            for (var c = 0; c < shapes.Length; c++)
            {
                (starts[c], offsets[c]) = (ReadInts(ref reader), ReadInts(ref reader));
            }

            var lengths = ReadInts(ref reader);
            var documentKeys = new ulong[reader.ReadCount(sizeof(ulong))];
            reader.ReadBytes(documentKeys.Length * sizeof(ulong)).CopyTo(MemoryMarshal.AsBytes(documentKeys.AsSpan()));
            var topics = SettledTopicsRecord.Read(ref reader, count);

            if (StoreFile.Aligned(store.Position + reader.Position) != store.Layout.BodiesStart)
            {
                return (null, "its records do not end where its postings start");
            }

            return documentKeys.Length != count || lengths.Length != count || !Tiles(shapes, offsets, count)
                ? (null, $"its {shapes.Length} chunks, {lengths.Length} lengths and {documentKeys.Length} article keys do not fit its {count} articles")
                : (new Records(key, languages, shapes, starts, offsets, lengths, documentKeys, topics), null);
        }
        catch (Exception ex) when (StoreFile.IsReadFailure(ex) || ex is IndexOutOfRangeException)
        {
            return (null, $"it could not be read ({ex.GetType().Name}: {ex.Message})");
        }
    }

    /// <summary>Whether the chunks hold every article once, in order, each as many as its block starts say.</summary>
    private static bool Tiles((ChunkPlace Place, int[] Terms, int[] RunStarts, int Postings, int Bytes)[] shapes, int[][] offsets, int count)
    {
        var next = 0;
        for (var c = 0; c < shapes.Length; c++)
        {
            var place = shapes[c].Place;
            if (place.Index != c || place.FirstDoc != next || place.DocCount is < 1 or > SearchIndexBuilder.ChunkSize || offsets[c].Length != place.DocCount + 1)
            {
                return false;
            }

            next = place.EndDoc;
        }

        return next == count;
    }

    private static int[] ReadInts(ref RecordReader reader)
    {
        var values = new int[reader.ReadCount(sizeof(int))];
        reader.ReadBytes(values.Length * sizeof(int)).CopyTo(MemoryMarshal.AsBytes(values.AsSpan()));
        return values;
    }
}
