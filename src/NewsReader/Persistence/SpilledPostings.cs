using System.Collections.Concurrent;
using System.Runtime.InteropServices;
using Microsoft.Win32.SafeHandles;
using NewsReader.Files;
using NewsReader.Search;

namespace NewsReader.Persistence;

/// <summary>
/// A first load's postings, moved off the heap chunk by chunk as the build groups them: each is
/// appended to a scratch file in the cache folder and mapped back read-only, and only its weights
/// (written once every chunk is grouped) stay on the heap. The file leaves the folder as soon as
/// it is made; its mappings keep the postings readable for as long as the process runs (a mapping
/// is never unmapped, see <see cref="MappedFile"/>), and its disk space is the system's again when
/// the process exits. The index saved after the first publish replaces this one, so readers leave
/// it soon; its pages are then only in the page cache, which the system may drop.
/// </summary>
internal sealed class SpilledPostings : ChunkSpill, IDisposable
{
    private readonly SafeFileHandle _file;
    private readonly ConcurrentDictionary<int, MappedFile> _mapped = new();
    private long _end;

    private SpilledPostings(SafeFileHandle file)
    {
        _file = file;
    }

    /// <summary>How many bytes of postings were moved so far.</summary>
    public long Bytes => Interlocked.Read(ref _end);

    /// <summary>Why a chunk could not be moved (the rest stayed on the heap too), or null.</summary>
    public string? Problem { get; private set; }

    /// <summary>A scratch file in <paramref name="folder"/>, or null and why it cannot be made.</summary>
    public static (SpilledPostings? Spill, string? Problem) Create(string folder, SeedsFolderBoundary boundary)
    {
        ArgumentNullException.ThrowIfNull(boundary);
        try
        {
            var full = Path.GetFullPath(folder, boundary.Folder);
            var path = Path.Join(full, $".postings.{Guid.NewGuid():N}.spill");
            if (boundary.RefuseWrite(path) is { } reason)
            {
                return (null, reason);
            }

            Directory.CreateDirectory(full);
            var file = File.OpenHandle(path, FileMode.CreateNew, FileAccess.ReadWrite, FileShare.Delete, FileOptions.DeleteOnClose);
            // Removed from the folder at once, so that a process killed mid-build leaves nothing
            // behind: the handle and the mappings reach it still. Where a file in use cannot be
            // removed, it goes when the process exits (its mappings hold the handle open till then).
            try
            {
                File.Delete(path);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
            }

            return (new SpilledPostings(file), null);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return (null, ex.Message);
        }
    }

    public override ChunkPostings Spill(ChunkPostings grouped)
    {
        ArgumentNullException.ThrowIfNull(grouped);
        if (Problem is not null)
        {
            return grouped.Copied();
        }

        var (postings, bytes) = (grouped.Docs.Length, grouped.Bytes.Length);
        // Laid out as the saved index lays a chunk (each array from an 8-byte boundary), weights left out.
        var length = (2 * StoreFile.Aligned(postings * sizeof(ushort))) + StoreFile.Aligned((postings + 1L) * sizeof(int)) + bytes;
        var start = Interlocked.Add(ref _end, StoreFile.Aligned(length)) - StoreFile.Aligned(length);
        try
        {
            var at = start;
            Append(MemoryMarshal.AsBytes(grouped.Docs), ref at);
            Append(MemoryMarshal.AsBytes(grouped.Frequencies), ref at);
            Append(MemoryMarshal.AsBytes(grouped.ByteStarts), ref at);
            Append(grouped.Bytes, ref at);
            var mapped = MappedFile.Open(_file, start, length);
            _mapped[grouped.Index] = mapped;
            var offset = 0L;
            return grouped.MovedTo(
                MappedArrays.Take<ushort>(mapped, ref offset, postings),
                MappedArrays.Take<ushort>(mapped, ref offset, postings),
                MappedArrays.Take<int>(mapped, ref offset, postings + 1),
                MappedArrays.Take<byte>(mapped, ref offset, bytes));
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // A full disk, say: the postings stay where they are, on the heap, and the build goes on.
            Problem ??= ex.Message;
            return grouped.Copied();
        }
    }

    public override void Weighed(ChunkPostings chunk)
    {
        ArgumentNullException.ThrowIfNull(chunk);
        if (_mapped.TryGetValue(chunk.Index, out var mapped))
        {
            mapped.ReleasePages();
        }
    }

    /// <summary>Writes at <paramref name="at"/> (each worker's chunk has its own range), then moves to the next 8-byte boundary.</summary>
    private void Append(ReadOnlySpan<byte> bytes, ref long at)
    {
        RandomAccess.Write(_file, bytes, at);
        at += StoreFile.Aligned(bytes.Length);
    }

    public void Dispose() => _file.Dispose();
}
