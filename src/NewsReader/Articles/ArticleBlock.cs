namespace NewsReader.Articles;

/// <summary>One block of an article's body: a unit of text the reader sees as a whole.</summary>
public sealed record ArticleBlock
{
    // UTF-8, see Utf8Text: the blocks are most of a snapshot's memory.
    private readonly Utf8Text _text;

    public ArticleBlock(ArticleBlockKind kind, string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        Kind = kind;
        _text = new Utf8Text(text);
    }

    public ArticleBlockKind Kind { get; }

    /// <summary>The block's text; a new string on every read, so read it once per use.</summary>
    public string Text => _text.ToString();

    /// <summary>The text decoded into a reused buffer, for readers of every block (the index build) that need no string.</summary>
    internal ReadOnlySpan<char> DecodeText(ref char[] buffer) => _text.Decode(ref buffer);
}
