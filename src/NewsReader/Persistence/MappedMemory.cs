using System.Buffers;

namespace NewsReader.Persistence;

/// <summary>
/// An array's worth of values inside a <see cref="MappedFile"/>, as <see cref="Memory{T}"/>, so the
/// search index reads restored postings where it read built ones. Read-only: the mapping is, and
/// nothing writes an index once built.
/// </summary>
internal sealed unsafe class MappedMemory<T>(MappedFile file, long offset, int length) : MemoryManager<T>
    where T : unmanaged
{
    private readonly T* _start = (T*)file.At(offset, (long)length * sizeof(T));

    public override Span<T> GetSpan() => new(_start, length);

    public override MemoryHandle Pin(int elementIndex = 0) => new(_start + elementIndex);

    public override void Unpin()
    {
        // Mapped memory never moves.
    }

    protected override void Dispose(bool disposing)
    {
        // The mapping outlives every index that uses it (see MappedFile).
    }
}

/// <summary>Arrays laid one after another in a mapped file, each from an 8-byte boundary.</summary>
internal static class MappedArrays
{
    /// <summary>The <paramref name="count"/> values at <paramref name="at"/>, which then moves past them.</summary>
    public static Memory<T> Take<T>(MappedFile file, ref long at, int count)
        where T : unmanaged
    {
        var length = (long)count * System.Runtime.InteropServices.Marshal.SizeOf<T>();
        var memory = new MappedMemory<T>(file, at, count).Memory;
        at += StoreFile.Aligned(length);
        return memory;
    }
}
