namespace NewsReader.Persistence;

/// <summary>
/// Where every <see cref="Size"/>-th record of the snapshot store starts, and where its body text
/// starts, so a start reads the records on every core instead of one after another. The table
/// follows the records; the records section's last eight bytes say where it starts.
/// </summary>
internal readonly record struct RecordBatch(long Records, long Bodies)
{
    /// <summary>Records per batch: enough to keep a core busy, few enough to share the work evenly.</summary>
    public const int Size = 2048;

    /// <summary>Writes the table and the trailer that finds it, ending the records on an 8-byte boundary.</summary>
    /// <param name="batches">Each batch's first record (a file offset) and body (from the bodies' start).</param>
    public static void WriteTable(BinaryWriter writer, IReadOnlyList<RecordBatch> batches)
    {
        var tableStart = StoreLayout.RecordsStart + writer.BaseStream.Position;
        writer.Write(batches.Count);
        foreach (var batch in batches)
        {
            writer.Write(batch.Records);
            writer.Write(batch.Bodies);
        }

        var written = writer.BaseStream.Position;
        writer.Write(new byte[StoreFile.Aligned(written) - written]);
        writer.Write(tableStart);
    }

    /// <summary>The table of a verified store, checked against its layout before any record is read.</summary>
    /// <param name="firstRecord">Where the first record starts (just after the fingerprint).</param>
    /// <returns>The batches, and where the records end (the table's start).</returns>
    /// <exception cref="InvalidDataException">The table does not describe this store's records.</exception>
    public static (RecordBatch[] Batches, long RecordsEnd) ReadTable(StoreFile.Opened store, long firstRecord)
    {
        var layout = store.Layout;
        var trailer = layout.BodiesStart - sizeof(long);
        Span<byte> bytes = stackalloc byte[sizeof(long)];
        if (trailer < firstRecord || RandomAccess.Read(store.Handle, bytes, trailer) != bytes.Length)
        {
            throw new InvalidDataException("its records have no batch table");
        }

        var tableStart = BitConverter.ToInt64(bytes);
        if (tableStart < firstRecord || tableStart > trailer)
        {
            throw new InvalidDataException($"its batch table is said to start at {tableStart}, outside its records");
        }

        using var reader = new BinaryReader(new HandleReadStream(store.Handle, tableStart, trailer));
        var batches = new RecordBatch[StoredCount.Read(reader, 16)];
        var expected = (layout.EntryCount + Size - 1) / Size;
        if (batches.Length != expected)
        {
            throw new InvalidDataException($"its batch table has {batches.Length} batches where {layout.EntryCount} records make {expected}");
        }

        for (var i = 0; i < batches.Length; i++)
        {
            batches[i] = new RecordBatch(reader.ReadInt64(), reader.ReadInt64());
            var previous = i == 0 ? new RecordBatch(firstRecord, 0) : batches[i - 1];
            if ((i == 0 && batches[i] != previous) || batches[i].Records < previous.Records || batches[i].Records > tableStart
                || batches[i].Bodies < previous.Bodies || batches[i].Bodies > layout.BodiesLength)
            {
                throw new InvalidDataException($"its batch table's entry {i} points outside the records or bodies");
            }
        }

        return (batches, tableStart);
    }
}
