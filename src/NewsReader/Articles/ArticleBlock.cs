using System.Collections.Immutable;
using System.Text;

namespace NewsReader.Articles;

/// <summary>
/// One block of an article's body: a unit of text the reader sees as a whole. A value, not an
/// object: a published article's blocks are slices of one UTF-8 buffer (<see cref="Pack"/>), so
/// an article body is two objects for the garbage collector to track instead of two per block.
/// </summary>
public readonly record struct ArticleBlock
{
    // UTF-8, see Utf8Text: the blocks are most of a snapshot's memory.
    private readonly Utf8Text _text;

    public ArticleBlock(ArticleBlockKind kind, string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        Kind = kind;
        _text = new Utf8Text(text);
    }

    private ArticleBlock(ArticleBlockKind kind, Utf8Text text)
    {
        (Kind, _text) = (kind, text);
    }

    public ArticleBlockKind Kind { get; }

    /// <summary>The block's text; a new string on every read, so read it once per use.</summary>
    public string Text => _text.ToString();

    /// <summary>Blocks that slice one UTF-8 buffer: what an article keeps for its lifetime.</summary>
    internal static ImmutableArray<ArticleBlock> Pack(IReadOnlyList<(ArticleBlockKind Kind, string Text)> blocks)
    {
        var total = 0;
        foreach (var (_, text) in blocks)
        {
            total += Encoding.UTF8.GetByteCount(text);
        }

        var buffer = GC.AllocateUninitializedArray<byte>(total);
        var packed = ImmutableArray.CreateBuilder<ArticleBlock>(blocks.Count);
        var at = 0;
        foreach (var (kind, text) in blocks)
        {
            var length = Encoding.UTF8.GetBytes(text, buffer.AsSpan(at));
            packed.Add(new ArticleBlock(kind, new Utf8Text(buffer, at, length)));
            at += length;
        }

        return packed.MoveToImmutable();
    }

    /// <summary>A block over UTF-8 that is already somewhere (the snapshot store's mapped file).</summary>
    internal static ArticleBlock FromUtf8(ArticleBlockKind kind, Utf8Text text) => new(kind, text);

    /// <summary>The block's UTF-8, for an article to share rather than copy.</summary>
    internal Utf8Text Utf8 => _text;

    /// <summary>The text decoded into a reused buffer, for readers of every block (the index build) that need no string.</summary>
    internal ReadOnlySpan<char> DecodeText(ref char[] buffer) => _text.Decode(ref buffer);
}
