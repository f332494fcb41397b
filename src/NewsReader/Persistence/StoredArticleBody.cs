using System.Buffers.Binary;
using System.Collections.Immutable;
using System.Runtime.InteropServices;
using NewsReader.Articles;

namespace NewsReader.Persistence;

/// <summary>
/// An article body left in the mapped store: its list of blocks (a kind byte and a 32-bit length
/// each, in the record) and its text (consecutive in the bodies section, from
/// <paramref name="start"/> in <paramref name="window"/>).
/// </summary>
internal sealed class StoredArticleBody(MappedFile file, long list, int count, MappedWindow window, int start) : ArticleBodySource
{
    /// <summary>Bytes per block in a record's list: its kind, then its length.</summary>
    public const int EntrySize = 5;

    public override ImmutableArray<ArticleBlock> Read()
    {
        var entries = file.Slice(list, count * EntrySize);
        var blocks = new ArticleBlock[count];
        var at = start;
        for (var i = 0; i < blocks.Length; i++)
        {
            var length = BinaryPrimitives.ReadInt32LittleEndian(entries[((i * EntrySize) + 1)..]);
            blocks[i] = ArticleBlock.FromUtf8((ArticleBlockKind)entries[i * EntrySize], new Utf8Text(window, at, length));
            at += length;
        }

        return ImmutableCollectionsMarshal.AsImmutableArray(blocks);
    }
}
