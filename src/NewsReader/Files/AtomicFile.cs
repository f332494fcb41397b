using System.Text;

namespace NewsReader.Files;

/// <summary>
/// The app's own small files (under <c>.newsreader/</c>): read and written only where
/// <see cref="SeedsFolderBoundary.RefuseWrite"/> allows, never through a symbolic link, and
/// written whole to a temporary file that is then renamed over the old one, so a crash or a
/// full disk leaves the previous version rather than half a file.
/// </summary>
public static class AtomicFile
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>How long <see cref="LockAsync"/> waits for another process to finish with the file.</summary>
    public static readonly TimeSpan LockWait = TimeSpan.FromSeconds(10);

    /// <summary>
    /// Holds <c>PATH.lock</c> exclusively until disposed, so that processes sharing one seeds folder
    /// (replicas) read, merge and rewrite <paramref name="path"/> one at a time instead of each
    /// replacing it with what it alone knows. The lock is the kernel's (an exclusive open is
    /// <c>flock</c> on Unix), so it goes with a process that dies; the file itself stays, empty.
    /// </summary>
    /// <exception cref="IOException">The lock file is a link or leads outside, or another process held it for <see cref="LockWait"/>.</exception>
    public static async Task<IDisposable> LockAsync(string path, SeedsFolderBoundary boundary, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(boundary);
        var full = Path.GetFullPath(path + ".lock", boundary.Folder);
        if (boundary.RefuseWrite(full) is { } reason)
        {
            throw new IOException(reason);
        }

        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        var delay = TimeSpan.FromMilliseconds(20);
        for (var waited = TimeSpan.Zero; ; waited += delay)
        {
            try
            {
                return new FileStream(full, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
            }
            catch (IOException) when (waited < LockWait && File.Exists(full))
            {
                await Task.Delay(delay, cancellationToken).ConfigureAwait(false);
            }
        }
    }

    /// <returns>The file's lines, or null when it does not exist.</returns>
    /// <exception cref="IOException">The file is a link, leads outside, or cannot be read.</exception>
    public static async Task<string[]?> ReadAllLinesAsync(string path, SeedsFolderBoundary boundary, CancellationToken cancellationToken) =>
        await ReadAllTextAsync(path, boundary, cancellationToken).ConfigureAwait(false) is { } text ? Lines(text) : null;

    /// <returns>The file's text, or null when it does not exist.</returns>
    /// <exception cref="IOException">The file is a link, leads outside, or cannot be read.</exception>
    /// <remarks>
    /// Read in one piece and decoded at once: a start reads the permalink history (7 MB at 100,000
    /// articles), and a reader's asynchronous reads of a few kilobytes each cost it a tenth of a
    /// second of processor time, and the compiler the many methods they run through.
    /// </remarks>
    public static async Task<string?> ReadAllTextAsync(string path, SeedsFolderBoundary boundary, CancellationToken cancellationToken) =>
        await ReadIfPresentAsync(path, boundary, static (file, _, cancellation) => File.ReadAllBytesAsync(file, cancellation), cancellationToken).ConfigureAwait(false) is { } bytes
            ? Text(bytes)
            : null;

    /// <summary>The text as <see cref="File.ReadAllText(string, Encoding)"/> gives it in UTF-8: a byte order mark says otherwise.</summary>
    internal static string Text(byte[] bytes)
    {
        ReadOnlySpan<byte> utf8Mark = [0xEF, 0xBB, 0xBF];
        if (bytes.AsSpan().StartsWith(utf8Mark))
        {
            return Encoding.UTF8.GetString(bytes.AsSpan(utf8Mark.Length));
        }

        if (bytes is [0xFE, 0xFF, ..] or [0xFF, 0xFE, ..] or [0, 0, 0xFE, 0xFF, ..])
        {
            using var reader = new StreamReader(new MemoryStream(bytes), Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
            return reader.ReadToEnd();
        }

        return Encoding.UTF8.GetString(bytes);
    }

    /// <summary>The lines as <see cref="File.ReadAllLines(string)"/> splits them: at "\r\n", "\r" or "\n", no line after a last line break.</summary>
    internal static string[] Lines(string text)
    {
        var lines = new List<string>();
        var rest = text.AsSpan();
        while (!rest.IsEmpty)
        {
            var end = rest.IndexOfAny('\r', '\n');
            if (end < 0)
            {
                lines.Add(rest.ToString());
                break;
            }

            lines.Add(rest[..end].ToString());
            rest = rest[(rest[end] == '\r' && end + 1 < rest.Length && rest[end + 1] == '\n' ? end + 2 : end + 1)..];
        }

        return [.. lines];
    }

    /// <summary>Reads a file this class writes, refused as a write would be (a link, or outside the boundary).</summary>
    private static async Task<T?> ReadIfPresentAsync<T>(string path, SeedsFolderBoundary boundary, Func<string, Encoding, CancellationToken, Task<T>> read, CancellationToken cancellationToken)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(boundary);
        if (boundary.RefuseWrite(path) is { } reason)
        {
            throw new IOException(reason);
        }

        return File.Exists(path) ? await read(path, Encoding.UTF8, cancellationToken).ConfigureAwait(false) : null;
    }

    /// <exception cref="IOException">The file or its folder is a link, leads outside, or cannot be written.</exception>
    public static Task WriteAllLinesAsync(string path, IEnumerable<string> lines, SeedsFolderBoundary boundary, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(lines);
        return WriteAsync(
            path,
            async (stream, cancellation) =>
            {
                var writer = new StreamWriter(stream, Utf8, bufferSize: -1, leaveOpen: true);
                await using (writer.ConfigureAwait(false))
                {
                    foreach (var line in lines)
                    {
                        await writer.WriteLineAsync(line.AsMemory(), cancellation).ConfigureAwait(false);
                    }

                    await writer.FlushAsync(cancellation).ConfigureAwait(false);
                }
            },
            boundary,
            cancellationToken);
    }

    /// <summary>
    /// Writes the file whole from what <paramref name="write"/> puts in the stream it is given; if
    /// that throws, the previous version stays and the exception goes on to the caller.
    /// </summary>
    /// <exception cref="IOException">The file or its folder is a link, leads outside, or cannot be written.</exception>
    public static async Task WriteAsync(string path, Func<Stream, CancellationToken, Task> write, SeedsFolderBoundary boundary, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(write);
        ArgumentNullException.ThrowIfNull(boundary);
        var full = Path.GetFullPath(path, boundary.Folder);
        var folder = Path.GetDirectoryName(full)!;
        if (boundary.RefuseWrite(full) is { } reason)
        {
            throw new IOException(reason);
        }

        Directory.CreateDirectory(folder);
        var temporary = Path.Join(folder, $".{Path.GetFileName(full)}.{Guid.NewGuid():N}.tmp");
        try
        {
            // CreateNew fails on anything already there, a planted link included.
            var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None, 16 * 1024, FileOptions.Asynchronous);
            await using (stream.ConfigureAwait(false))
            {
                await write(stream, cancellationToken).ConfigureAwait(false);
                await stream.FlushAsync(cancellationToken).ConfigureAwait(false);
                stream.Flush(flushToDisk: true);
            }

            // Checked again just before the rename, which replaces a link at the target instead of following it.
            if (boundary.RefuseWrite(full) is { } late)
            {
                throw new IOException(late);
            }

            File.Move(temporary, full, overwrite: true);
        }
        finally
        {
            File.Delete(temporary);
        }
    }
}
