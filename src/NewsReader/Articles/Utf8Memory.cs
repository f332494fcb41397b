namespace NewsReader.Articles;

/// <summary>
/// Bytes that are not a managed array, such as a memory-mapped file, that <see cref="Utf8Text"/>
/// may slice. Implementations must stay valid for as long as any text refers to them.
/// </summary>
internal abstract class Utf8Memory
{
    public abstract ReadOnlySpan<byte> Slice(int start, int length);
}
