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
        try
        {
            var (store, problem) = StoreFile.Open(path, fingerprint, boundary);
            if (store is null)
            {
                return (null, problem);
            }

            using (store)
            {
                var layout = store.Layout;
                var bodies = new StoreBodies(MappedFile.Open(path, layout.FileLength), layout.BodiesStart);
                var pool = new StringPool();
                var files = new StoredFile[layout.EntryCount];
                for (var i = 0; i < files.Length; i++)
                {
                    files[i] = StoreRecords.Read(store.Reader, bodies, pool);
                }

                return StoreFile.Aligned(store.Position) != layout.BodiesStart || bodies.End != layout.FileLength
                    ? (null, "its records and bodies do not add up to its length")
                    : (files, null);
            }
        }
        catch (Exception ex) when (StoreFile.IsReadFailure(ex))
        {
            return (null, $"it could not be read ({ex.GetType().Name}: {ex.Message})");
        }
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
                foreach (var file in files)
                {
                    StoreRecords.Write(writer, file);
                }
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
