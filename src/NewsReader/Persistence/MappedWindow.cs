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
