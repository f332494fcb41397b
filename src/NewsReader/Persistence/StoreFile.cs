using System.Text;
using NewsReader.Files;

namespace NewsReader.Persistence;

/// <summary>
/// The file handling both stores share: a header (<see cref="StoreLayout"/>), then records written
/// with a <see cref="BinaryWriter"/> (the first is the fingerprint), then raw data starting on an
/// 8-byte boundary so that it can be mapped as arrays. Written whole through <see cref="AtomicFile"/>;
/// trusted on reading only when its length, checksum and fingerprint all hold.
/// </summary>
internal static class StoreFile
{
    private const int BufferSize = 1 << 20;

    /// <summary>
    /// An open store whose header and fingerprint hold: <see cref="Position"/> is just after the
    /// fingerprint. Its checksum is read on another core meanwhile (its own reads over the same
    /// handle), so a caller reads the records beside it and uses nothing until <see cref="ChecksumHolds"/>.
    /// </summary>
    public sealed class Opened : IDisposable
    {
        private readonly FileStream _stream;
        private readonly Task<bool> _checksumMatches;

        public Opened(FileStream stream, StoreLayout layout)
        {
            (_stream, Layout) = (stream, layout);
            _checksumMatches = Task.Run(() => ChecksumOf(new BufferedStream(new HandleReadStream(stream.SafeFileHandle, StoreLayout.RecordsStart, layout.FileLength), BufferSize)) == layout.Checksum);
        }

        public StoreLayout Layout { get; }

        /// <summary>Waits for the checksum; a file that cannot even be read for it does not match.</summary>
        public bool ChecksumHolds()
        {
            try
            {
                return _checksumMatches.GetAwaiter().GetResult();
            }
            catch (Exception ex) when (IsReadFailure(ex))
            {
                return false;
            }
        }

        public long Position => _stream.Position;

        /// <summary>The verified file's handle, for readers of their own (<see cref="HandleReadStream"/>).</summary>
        public Microsoft.Win32.SafeHandles.SafeFileHandle Handle => _stream.SafeFileHandle;

        /// <summary>Maps the very file that was verified, not whatever the path names by now.</summary>
        public MappedFile Map() => MappedFile.Open(_stream.SafeFileHandle, Layout.FileLength);

        public void Dispose() =>
            // The handle stays open until the checksum's reads are done with it; a mapping made
            // from it lasts after it is closed.
            _checksumMatches.ContinueWith(_ => _stream.Dispose(), TaskScheduler.Default);
    }

    /// <returns>The open store; or null and why it cannot be used; or null and no reason when there is none.</returns>
    /// <exception cref="IOException">The file could not be read.</exception>
    public static (Opened? Store, string? Problem) Open(string path, string fingerprint, SeedsFolderBoundary boundary)
    {
        if (!File.Exists(path))
        {
            return (null, null);
        }

        if (boundary.RefuseWrite(path) is { } refused)
        {
            return (null, refused);
        }

        var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read | FileShare.Delete, BufferSize, FileOptions.SequentialScan);
        var problem = Verify(stream, fingerprint, out var layout);
        if (problem is not null)
        {
            stream.Dispose();
            return (null, problem);
        }

        return (new Opened(stream, layout), null);
    }

    private static string? Verify(FileStream stream, string fingerprint, out StoreLayout layout)
    {
        Span<byte> header = stackalloc byte[StoreLayout.HeaderSize];
        stream.ReadAtLeast(header, header.Length, throwOnEndOfStream: false);
        (layout, var problem) = StoreLayout.ReadFrom(header, stream.Length);
        if (problem is not null)
        {
            return problem;
        }

        stream.Position = StoreLayout.RecordsStart;
        using var reader = new BinaryReader(stream, Encoding.UTF8, leaveOpen: true);
        // Left just after the fingerprint, where the records start.
        var written = reader.ReadString();
        return written.Equals(fingerprint, StringComparison.Ordinal) ? null : $"it was written by another build or with other settings ({written})";
    }

    /// <summary>Written whole by <see cref="AtomicFile"/> (a temporary file renamed into place), so a reader never maps half a store.</summary>
    /// <exception cref="IOException">The folder cannot be written, or leads through a link.</exception>
    public static Task WriteAsync(
        string path,
        string fingerprint,
        SeedsFolderBoundary boundary,
        int entryCount,
        Action<BinaryWriter> writeRecords,
        Action<Stream> writeData,
        CancellationToken cancellationToken)
    {
        var full = Path.GetFullPath(path, boundary.Folder);
        if (Directory.Exists(Path.GetDirectoryName(full)))
        {
            RemoveAbandoned(Path.GetDirectoryName(full)!, Path.GetFileName(full));
        }

        return AtomicFile.WriteAsync(
            full,
            (stream, _) =>
            {
                WriteContent(stream, fingerprint, entryCount, writeRecords, writeData);
                return Task.CompletedTask;
            },
            boundary,
            cancellationToken);
    }

    /// <summary>What reading a damaged or foreign store can throw; anything else is a bug and is not hidden.</summary>
    public static bool IsReadFailure(Exception ex) =>
        ex is IOException or UnauthorizedAccessException or InvalidDataException or ArgumentException or FormatException or OverflowException or UriFormatException;

    /// <summary>Where data starts after records of <paramref name="length"/> bytes: the next 8-byte boundary.</summary>
    public static long Aligned(long length) => (length + 7) & ~7L;

    private static void WriteContent(Stream stream, string fingerprint, int entryCount, Action<BinaryWriter> writeRecords, Action<Stream> writeData)
    {
        stream.Write(new byte[StoreLayout.HeaderSize]);
        var hashing = new HashingStream(stream);
        using (var writer = new BinaryWriter(hashing, Encoding.UTF8, leaveOpen: true))
        {
            writer.Write(fingerprint);
            writeRecords(writer);
            writer.Write(new byte[Aligned(hashing.Written) - hashing.Written]);
        }

        var recordsLength = hashing.Written;
        writeData(new PageReleasingStream(hashing));
        var layout = new StoreLayout(entryCount, recordsLength, hashing.Written - recordsLength, hashing.Checksum);
        Span<byte> header = stackalloc byte[StoreLayout.HeaderSize];
        layout.WriteTo(header);
        stream.Position = 0;
        stream.Write(header);
    }

    /// <summary>
    /// A process killed while writing leaves its temporary file behind. Another replica may be
    /// writing one right now, so only those older than any write takes are removed.
    /// </summary>
    private static void RemoveAbandoned(string folder, string name)
    {
        foreach (var file in new DirectoryInfo(folder).EnumerateFiles($".{name}.*.tmp"))
        {
            if (file.LastWriteTimeUtc < DateTime.UtcNow.AddHours(-1) && file.LinkTarget is null)
            {
                file.Delete();
            }
        }
    }

    public const string ChecksumProblem = "its checksum does not match its content (the file was damaged)";

    private static ulong ChecksumOf(Stream stream)
    {
        var hash = new StoreChecksum();
        var buffer = new byte[BufferSize];
        int read;
        while ((read = stream.Read(buffer)) > 0)
        {
            hash.Append(buffer.AsSpan(0, read));
        }

        return hash.Value;
    }
}
