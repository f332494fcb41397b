using System.Collections.Concurrent;
using System.Runtime.InteropServices;
using NewsReader.Files;
using NewsReader.Search;

namespace NewsReader.Persistence;

/// <summary>
/// A first load's postings, moved off the heap chunk by chunk as the build groups them: each is
/// appended to a <see cref="ScratchFile"/> in the cache folder and mapped back read-only, and only
/// its weights (written once every chunk is grouped) stay on the heap. The index saved after the
/// first publish replaces this one, so readers soon leave it, and its pages are then only in the
/// page cache, which the system may drop.
/// </summary>
internal sealed class SpilledPostings : ChunkSpill, IDisposable
{
    private readonly ScratchFile _file;
    private readonly ConcurrentDictionary<int, MappedFile> _mapped = new();
    private long _end;

    private SpilledPostings(ScratchFile file)
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
        var (file, problem) = ScratchFile.Create(folder, "postings", boundary);
        return (file is null ? null : new SpilledPostings(file), problem);
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
            var mapped = MappedFile.Open(_file.Handle, start, length);
            _mapped[grouped.Index] = mapped;
            // The chunk's articles' bodies were just read for it, from a mapping too on a first load
            // (SpilledBodies): give those pages back as the build goes, not all of them at its end.
            MappedFile.ReleaseResidentPages();
            var offset = 0L;
            return grouped.SpilledTo(
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
        RandomAccess.Write(_file.Handle, bytes, at);
        at += StoreFile.Aligned(bytes.Length);
    }

    public void Dispose() => _file.Dispose();
}
