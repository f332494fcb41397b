using NewsReader.Files;

namespace NewsReader.Persistence;

/// <summary>
/// What a load parsed, kept in one file so the next start need not parse it again: every seed file's
/// size, time and content hash with its article (or its error). The body text is memory-mapped on
/// reading, not copied. A store is trusted only whole: the wrong format, another build or settings
/// (<c>fingerprint</c>), a wrong length or a failed checksum and it is not used at all.
/// </summary>
public static class SnapshotStore
{
    public const string FileName = "snapshot.nrs";

    /// <summary>The store's files; or null with the reason it cannot be used; or null and no reason when there is none yet.</summary>
    public static (IReadOnlyList<StoredFile>? Files, string? Problem) Read(string folder, string fingerprint, SeedsFolderBoundary boundary)
    {
        ArgumentNullException.ThrowIfNull(boundary);
        var path = Path.Join(folder, FileName);
        StoreFile.Opened? store = null;
        try
        {
            // The checksum is read beside the records (all of which are read defensively), and
            // nothing read is used unless it matches: reading 400 MB for it first would add its
            // time to the records' instead of running beside them.
            (store, var problem) = StoreFile.Open(path, fingerprint, boundary);
            if (store is null)
            {
                return (null, problem);
            }

            var files = ReadRecords(store);
            return store.ChecksumHolds() ? (files, null) : (null, StoreFile.ChecksumProblem);
        }
        catch (Exception ex) when (IsReadFailure(ex))
        {
            // A damaged store often fails to decode before its checksum is known: the checksum says why.
            var failure = ex is AggregateException many ? many.Flatten().InnerExceptions[0] : ex;
            return (null, store is not null && !store.ChecksumHolds() ? StoreFile.ChecksumProblem : $"it could not be read ({failure.GetType().Name}: {failure.Message})");
        }
        finally
        {
            store?.Dispose();
        }
    }

    private static bool IsReadFailure(Exception ex) =>
        ex is AggregateException many ? many.Flatten().InnerExceptions.All(StoreFile.IsReadFailure) : StoreFile.IsReadFailure(ex);

    /// <summary>
    /// Every record, batch by batch on every core (<see cref="RecordBatch"/>). Each batch must end
    /// exactly where the next begins, in the records and in the bodies, or the store is not used.
    /// </summary>
    /// <exception cref="InvalidDataException">The records do not add up.</exception>
    private static StoredFile[] ReadRecords(StoreFile.Opened store)
    {
        var layout = store.Layout;
        var (batches, recordsEnd) = RecordBatch.ReadTable(store, store.Position);
        var file = store.Map();
        var files = new StoredFile[layout.EntryCount];
        var parallelism = new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount };
        // A pool per worker: names repeat across batches, and a shared pool would need a lock.
        Parallel.For(0, batches.Length, parallelism, () => new StringPool(), (b, _, pool) =>
        {
            var (end, bodiesEnd) = b + 1 < batches.Length ? (batches[b + 1].Records, layout.BodiesStart + batches[b + 1].Bodies) : (recordsEnd, layout.FileLength);
            using var reader = new BinaryReader(new BufferedStream(new HandleReadStream(store.Handle, batches[b].Records, end), 1 << 16));
            var bodies = new StoreBodies(file, layout.BodiesStart + batches[b].Bodies);
            var first = b * RecordBatch.Size;
            for (var i = first; i < Math.Min(first + RecordBatch.Size, files.Length); i++)
            {
                files[i] = StoreRecords.Read(reader, bodies, pool);
            }

            if (reader.BaseStream.Position != end || bodies.End != bodiesEnd)
            {
                throw new InvalidDataException($"its records and bodies do not add up to its length (batch {b})");
            }

            return pool;
        }, _ => { });
        return files;
    }

    /// <summary>Writes the store to a temporary file and renames it into place: a reader never sees half a store.</summary>
    /// <exception cref="IOException">The folder cannot be written, or leads through a link.</exception>
    public static Task WriteAsync(string folder, string fingerprint, IReadOnlyCollection<StoredFile> files, SeedsFolderBoundary boundary, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(files);
        ArgumentNullException.ThrowIfNull(boundary);
        return StoreFile.WriteAsync(Path.Join(folder, FileName), fingerprint, boundary, files.Count,
            writer =>
            {
                var batches = new List<RecordBatch>();
                var (count, bodies) = (0, 0L);
                foreach (var file in files)
                {
                    if (count++ % RecordBatch.Size == 0)
                    {
                        batches.Add(new RecordBatch(StoreLayout.RecordsStart + writer.BaseStream.Position, bodies));
                    }

                    StoreRecords.Write(writer, file);
                    bodies += StoreRecords.BodyLength(file.Article);
                }

                RecordBatch.WriteTable(writer, batches);
            },
            data =>
            {
                foreach (var file in files)
                {
                    if (file.Article is { } article)
                    {
                        StoreRecords.WriteBody(data, article);
                    }
                }
            },
            cancellationToken);
    }
}
