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
    private readonly byte* _start;

    // Held so the mapping stays open; never disposed (see above).
    private readonly MemoryMappedFile _map;
    private readonly MemoryMappedViewAccessor _view;

    private MappedFile(MemoryMappedFile map, MemoryMappedViewAccessor view, long length)
    {
        (_map, _view, Length) = (map, view, length);
        byte* pointer = null;
        view.SafeMemoryMappedViewHandle.AcquirePointer(ref pointer);
        _start = pointer + view.PointerOffset;
    }

    public long Length { get; }

    /// <summary>
    /// Unmaps the file. Only for a mapping nothing sliced is left pointing into: a saved index
    /// whose postings were copied into a new one (see <see cref="IndexStore"/>), never a store whose
    /// bodies articles read.
    /// </summary>
    public void Unmap()
    {
        _view.SafeMemoryMappedViewHandle.ReleasePointer();
        _view.Dispose();
        _map.Dispose();
    }

    /// <param name="file">An open handle; the mapping lasts after it is closed.</param>
    public static MappedFile Open(SafeFileHandle file, long length)
    {
        var map = MemoryMappedFile.CreateFromFile(file, mapName: null, 0, MemoryMappedFileAccess.Read, HandleInheritability.None, leaveOpen: true);
        try
        {
            return new MappedFile(map, map.CreateViewAccessor(0, length, MemoryMappedFileAccess.Read), length);
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
