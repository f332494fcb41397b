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
            if (!store.ChecksumHolds())
            {
                return (null, StoreFile.ChecksumProblem);
            }

            return (files, null);
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
    /// Every record, batch by batch on every core (<see cref="RecordBatch"/>), each batch fetched
    /// with one read and decoded in memory (<see cref="RecordReader"/>). Each batch must end exactly
    /// where the next begins, in the records and in the bodies, or the store is not used.
    /// </summary>
    /// <exception cref="InvalidDataException">The records do not add up.</exception>
    private static StoredFile[] ReadRecords(StoreFile.Opened store)
    {
        var layout = store.Layout;
        var (batches, recordsEnd) = RecordBatch.ReadTable(store, store.Position);
        var file = store.Map();
        var windows = new MappedWindows(file);
        var files = new StoredFile[layout.EntryCount];
        var parallelism = new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount };
        // A pool per worker: names repeat across batches, and a shared pool would need a lock. And
        // a buffer per worker, read into rather than decoded from the mapping: mapped, the records
        // would stay in the process's resident memory after they are read, as the bodies do.
        Parallel.For(0, batches.Length, parallelism, () => new BatchBuffers(), (b, _, buffers) =>
        {
            var (end, bodiesEnd) = b + 1 < batches.Length ? (batches[b + 1].Records, layout.BodiesStart + batches[b + 1].Bodies) : (recordsEnd, layout.FileLength);
            var reader = new RecordReader(buffers.Read(store, batches[b].Records, end));
            var pool = buffers.Names;
            var bodies = new StoreBodies(windows, layout.BodiesStart + batches[b].Bodies);
            var first = b * RecordBatch.Size;
            for (var i = first; i < Math.Min(first + RecordBatch.Size, files.Length); i++)
            {
                files[i] = StoreRecords.Read(ref reader, batches[b].Records, bodies, file, pool);
            }

            if (reader.Remaining != 0 || bodies.End != bodiesEnd)
            {
                throw new InvalidDataException($"its records and bodies do not add up to its length (batch {b})");
            }

            return buffers;
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

    /// <summary>What one worker reuses from batch to batch: the names read so far, and the bytes of the batch it decodes.</summary>
    private sealed class BatchBuffers
    {
        private byte[] _bytes = [];

        public StringPool Names { get; } = new();

        /// <summary>The verified file's bytes from <paramref name="start"/> to <paramref name="end"/>, in this worker's buffer.</summary>
        /// <exception cref="InvalidDataException">The range is longer than a buffer can be.</exception>
        public ReadOnlySpan<byte> Read(StoreFile.Opened store, long start, long end)
        {
            var length = end - start <= Array.MaxLength ? (int)(end - start) : throw new InvalidDataException($"a batch of its records is {end - start} bytes long");
            if (_bytes.Length < length)
            {
                _bytes = GC.AllocateUninitializedArray<byte>(Math.Max(length, Math.Min(2 * _bytes.Length, Array.MaxLength)));
            }

            // A read cut short (the file ended) leaves the batch short, which its decoding then finds.
            return _bytes.AsSpan(0, RandomAccess.Read(store.Handle, _bytes.AsSpan(0, length), start));
        }
    }
}
