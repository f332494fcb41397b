using NewsReader.Articles;

namespace NewsReader.Persistence;

/// <summary>
/// Up to <see cref="Size"/> bytes of a <see cref="MappedFile"/> from a base offset: text keeps an
/// int offset (as it does into an array), so a store larger than 2 GB is sliced through windows.
/// </summary>
internal sealed class MappedWindow(MappedFile file, long start) : Utf8Memory
{
    /// <summary>1 GiB: a window's texts start inside it, and no text is anywhere near 1 GiB long.</summary>
    public const long Size = 1L << 30;

    public long Start { get; } = start;

    public override ReadOnlySpan<byte> Slice(int start, int length) => file.Slice(Start + start, length);
}

/// <summary>
/// Every window of a mapped file, made once: where a text anywhere in the file is sliced from.
/// Read from any thread (the store's batches are decoded on every core, the scratch file's bodies
/// written from every parsing worker).
/// </summary>
internal sealed class MappedWindows(MappedFile file)
{
    private readonly MappedWindow[] _windows = [.. Enumerable.Range(0, (int)(file.Length / MappedWindow.Size) + 1).Select(w => new MappedWindow(file, w * MappedWindow.Size))];

    /// <summary>The file's length: no text reaches past it.</summary>
    public long Length => file.Length;

    /// <summary>The window a text at <paramref name="offset"/> starts in, and where in it.</summary>
    public (MappedWindow Window, int Start) At(long offset)
    {
        var window = _windows[offset / MappedWindow.Size];
        return (window, (int)(offset - window.Start));
    }
}
