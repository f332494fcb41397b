using System.Buffers.Binary;
using System.Collections.Immutable;
using System.Runtime.InteropServices;
using NewsReader.Articles;

namespace NewsReader.Persistence;

/// <summary>
/// An article body left in the mapped store: its list of blocks (a kind byte and a 32-bit length
/// each, in the record) and its text (consecutive in the bodies section, <paramref name="length"/>
/// bytes from <paramref name="start"/> in <paramref name="window"/>).
/// </summary>
/// <param name="leadBlock">The block the article's lead repeats, or -1 (see <see cref="LeadBlock"/>).</param>
internal sealed class StoredArticleBody(MappedFile file, long list, int count, MappedWindow window, int start, long length, int leadBlock) : ArticleBodySource
{
    /// <summary>Bytes per block in a record's list: its kind, then its length.</summary>
    public const int EntrySize = 5;

    /// <summary>The whole body's text, every block's in order: what a save copies without decoding the blocks.</summary>
    public ReadOnlySpan<byte> Text => window.Slice(start, (int)length);

    public long TextLength => length;

    /// <summary>
    /// The block the article's lead repeats, or -1: known where the body was laid out, so that a
    /// save need not find it by comparing texts, which read a page of every body back into memory.
    /// </summary>
    public int LeadBlock => leadBlock;

    public override ImmutableArray<ArticleBlock> Read()
    {
        var entries = file.Slice(list, count * EntrySize);
        var blocks = new ArticleBlock[count];
        var at = start;
        for (var i = 0; i < blocks.Length; i++)
        {
            var size = BlockLength(entries, i);
            blocks[i] = ArticleBlock.FromUtf8((ArticleBlockKind)entries[i * EntrySize], new Utf8Text(window, at, size));
            at += size;
        }

        return ImmutableCollectionsMarshal.AsImmutableArray(blocks);
    }

    /// <summary>How many bytes the first <paramref name="blocks"/> blocks of a record's list take in the bodies.</summary>
    public static long BodyLength(ReadOnlySpan<byte> entries, int blocks)
    {
        long total = 0;
        for (var i = 0; i < blocks; i++)
        {
            total += BlockLength(entries, i);
        }

        return total;
    }

    /// <exception cref="InvalidDataException">The length is negative.</exception>
    public static int BlockLength(ReadOnlySpan<byte> entries, int block)
    {
        var length = BinaryPrimitives.ReadInt32LittleEndian(entries[((block * EntrySize) + 1)..]);
        return length >= 0 ? length : throw new InvalidDataException($"a block is {length} bytes long");
    }
}
