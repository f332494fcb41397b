using System.IO.MemoryMappedFiles;
using Microsoft.Win32.SafeHandles;

namespace NewsReader.Persistence;

/// <summary>
/// A read-only mapping of a whole file. It is never unmapped: articles restored from it slice it for
/// as long as the process runs (unchanged articles outlive every reload), and a span handed out must
/// never outlive its memory. The store is only ever replaced by renaming a new file over it, so the
/// mapped file itself never changes or shrinks underneath.
/// </summary>
internal sealed unsafe class MappedFile
{
    // Every mapping not unmapped: a handful per process (the stores a start read, the index it
    // saved), so that a save, which reads every page of them, can give those pages back.
    private static readonly Lock MappedGate = new();
    private static readonly List<MappedFile> Mapped = [];

    private readonly byte* _base;
    private readonly byte* _start;

    // Held so the mapping stays open; never disposed (see above).
    private readonly MemoryMappedFile _map;
    private readonly MemoryMappedViewAccessor _view;

    private MappedFile(MemoryMappedFile map, MemoryMappedViewAccessor view, long length)
    {
        (_map, _view, Length) = (map, view, length);
        byte* pointer = null;
        view.SafeMemoryMappedViewHandle.AcquirePointer(ref pointer);
        _base = pointer;
        _start = pointer + view.PointerOffset;
        lock (MappedGate)
        {
            Mapped.Add(this);
        }
    }

    public long Length { get; }

    /// <summary>
    /// Unmaps the file. Only for a mapping nothing sliced is left pointing into: a saved index
    /// whose postings were copied into a new one (see <see cref="IndexStore"/>), never a store whose
    /// bodies articles read.
    /// </summary>
    public void Unmap()
    {
        lock (MappedGate)
        {
            Mapped.Remove(this);
        }

        _view.SafeMemoryMappedViewHandle.ReleasePointer();
        _view.Dispose();
        _map.Dispose();
    }

    /// <summary>
    /// Gives back the resident pages of every mapping (see <see cref="ResidentPages"/>). For after a
    /// save: writing the store reads every article body and every posting, so without this a start
    /// or reload that saved kept the whole of both files resident (at 100,000 articles, 800 MB). Pages that readers use again come back from the page cache.
    /// </summary>
    public static void ReleaseResidentPages()
    {
        lock (MappedGate)
        {
            foreach (var file in Mapped)
            {
                file.ReleasePages();
            }
        }
    }

    /// <summary>Gives back this mapping's resident pages (see <see cref="ResidentPages"/>).</summary>
    public void ReleasePages() => ResidentPages.Release(_base, _view.SafeMemoryMappedViewHandle.ByteLength);

    /// <param name="file">An open handle; the mapping lasts after it is closed.</param>
    public static MappedFile Open(SafeFileHandle file, long length) => Open(file, 0, length);

    /// <summary>The <paramref name="length"/> bytes from <paramref name="offset"/>, which then count from zero.</summary>
    /// <param name="file">An open handle; the mapping lasts after it is closed.</param>
    public static MappedFile Open(SafeFileHandle file, long offset, long length)
    {
        var map = MemoryMappedFile.CreateFromFile(file, mapName: null, 0, MemoryMappedFileAccess.Read, HandleInheritability.None, leaveOpen: true);
        try
        {
            return new MappedFile(map, map.CreateViewAccessor(offset, length, MemoryMappedFileAccess.Read), length);
        }
        catch
        {
            map.Dispose();
            throw;
        }
    }

    /// <summary>The mapping's address at <paramref name="offset"/>, for <see cref="MappedMemory{T}"/>.</summary>
    public byte* At(long offset, long length)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThan(offset + length, Length);
        return _start + offset;
    }

    public ReadOnlySpan<byte> Slice(long offset, int length)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThan(offset + length, Length);
        return new ReadOnlySpan<byte>(_start + offset, length);
    }
}
