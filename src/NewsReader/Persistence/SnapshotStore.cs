using System.IO.Hashing;
using System.Text;
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

    private const int BufferSize = 1 << 20;

    /// <summary>The store's files; or null with the reason it cannot be used; or null and no reason when there is none yet.</summary>
    public static (IReadOnlyList<StoredFile>? Files, string? Problem) Read(string folder, string fingerprint, SeedsFolderBoundary boundary)
    {
        ArgumentNullException.ThrowIfNull(boundary);
        var path = Path.Join(folder, FileName);
        if (!File.Exists(path))
        {
            return (null, null);
        }

        if (boundary.RefuseWrite(path) is { } refused)
        {
            return (null, refused);
        }

        try
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read | FileShare.Delete, BufferSize, FileOptions.SequentialScan);
            Span<byte> header = stackalloc byte[StoreLayout.HeaderSize];
            stream.ReadAtLeast(header, header.Length, throwOnEndOfStream: false);
            var (layout, problem) = StoreLayout.ReadFrom(header, stream.Length);
            if (problem is not null)
            {
                return (null, problem);
            }

            if (ChecksumOf(stream) != layout.Checksum)
            {
                return (null, "its checksum does not match its content (the file was damaged)");
            }

            stream.Position = StoreLayout.RecordsStart;
            using var reader = new BinaryReader(stream, Encoding.UTF8, leaveOpen: true);
            var written = reader.ReadString();
            if (!written.Equals(fingerprint, StringComparison.Ordinal))
            {
                return (null, $"it was written by another build or with other settings ({written})");
            }

            var bodies = new StoreBodies(MappedFile.Open(path, layout.FileLength), layout.BodiesStart);
            var pool = new StringPool();
            var files = new StoredFile[layout.EntryCount];
            for (var i = 0; i < files.Length; i++)
            {
                files[i] = StoreRecords.Read(reader, bodies, pool);
            }

            return stream.Position != layout.BodiesStart || bodies.End != layout.FileLength
                ? (null, "its records and bodies do not add up to its length")
                : (files, null);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or InvalidDataException or ArgumentException or FormatException or OverflowException or UriFormatException)
        {
            return (null, $"it could not be read ({ex.GetType().Name}: {ex.Message})");
        }
    }

    /// <summary>Writes the store to a temporary file and renames it into place: a reader never sees half a store.</summary>
    /// <exception cref="IOException">The folder cannot be written, or leads through a link.</exception>
    public static void Write(string folder, string fingerprint, IReadOnlyCollection<StoredFile> files, SeedsFolderBoundary boundary)
    {
        ArgumentNullException.ThrowIfNull(files);
        ArgumentNullException.ThrowIfNull(boundary);
        var path = Path.GetFullPath(Path.Join(folder, FileName), boundary.Folder);
        if (boundary.RefuseWrite(path) is { } refused)
        {
            throw new IOException(refused);
        }

        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        RemoveAbandoned(Path.GetDirectoryName(path)!);
        var temporary = Path.Join(Path.GetDirectoryName(path), $".{FileName}.{Guid.NewGuid():N}.tmp");
        try
        {
            // CreateNew fails on anything already there, a planted link included.
            using (var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None, BufferSize))
            {
                WriteContent(stream, fingerprint, files);
                stream.Flush(flushToDisk: true);
            }

            if (boundary.RefuseWrite(path) is { } late)
            {
                throw new IOException(late);
            }

            File.Move(temporary, path, overwrite: true);
        }
        finally
        {
            File.Delete(temporary);
        }
    }

    private static void WriteContent(FileStream stream, string fingerprint, IReadOnlyCollection<StoredFile> files)
    {
        stream.Write(new byte[StoreLayout.HeaderSize]);
        var hashing = new HashingStream(stream);
        using (var writer = new BinaryWriter(hashing, Encoding.UTF8, leaveOpen: true))
        {
            writer.Write(fingerprint);
            foreach (var file in files)
            {
                StoreRecords.Write(writer, file);
            }
        }

        var recordsLength = hashing.Written;
        foreach (var file in files)
        {
            if (file.Article is { } article)
            {
                StoreRecords.WriteBody(hashing, article);
            }
        }

        var layout = new StoreLayout(files.Count, recordsLength, hashing.Written - recordsLength, hashing.Checksum);
        Span<byte> header = stackalloc byte[StoreLayout.HeaderSize];
        layout.WriteTo(header);
        stream.Position = 0;
        stream.Write(header);
    }

    /// <summary>
    /// A process killed while writing leaves its temporary file behind. Another replica may be
    /// writing one right now, so only those older than any write takes are removed.
    /// </summary>
    private static void RemoveAbandoned(string folder)
    {
        foreach (var file in new DirectoryInfo(folder).EnumerateFiles($".{FileName}.*.tmp"))
        {
            if (file.LastWriteTimeUtc < DateTime.UtcNow.AddHours(-1) && file.LinkTarget is null)
            {
                file.Delete();
            }
        }
    }

    private static ulong ChecksumOf(FileStream stream)
    {
        var hash = new XxHash3();
        var buffer = new byte[BufferSize];
        int read;
        while ((read = stream.Read(buffer)) > 0)
        {
            hash.Append(buffer.AsSpan(0, read));
        }

        return hash.GetCurrentHashAsUInt64();
    }
}
