namespace NewsReader.Topics;

/// <summary>
/// How an article uses each name it holds: how often, where first, in how many paragraphs, whether
/// ever other than to open a sentence, and the clues around it. A name becomes a string only the
/// first time the article uses it.
/// </summary>
internal sealed class NameTally
{
    private readonly Dictionary<string, NameUse>.AlternateLookup<ReadOnlySpan<char>> _bySpan;
    private int _order;

    public NameTally() => _bySpan = Uses.GetAlternateLookup<ReadOnlySpan<char>>();

    public Dictionary<string, NameUse> Uses { get; } = new(StringComparer.Ordinal);

    /// <summary>The paragraph now being read (0 is the lead).</summary>
    public int Block { get; set; }

    /// <summary>Forgets every name, for the next article.</summary>
    public void Reset()
    {
        Uses.Clear();
        (_order, Block) = (0, 0);
    }

    public void Add(ReadOnlySpan<char> name, bool sentenceStart, Clues clues)
    {
        var order = _order++;
        if (!_bySpan.TryGetValue(name, out var key, out var use))
        {
            key = name.ToString();
            use = new NameUse { First = order, FirstBlock = Block, LastBlock = -1 };
            Uses[key] = use;
        }

        use.Count++;
        use.Clues |= clues;
        use.MidSentence |= !sentenceStart;
        if (use.LastBlock != Block)
        {
            (use.LastBlock, use.Blocks) = (Block, use.Blocks + 1);
        }
    }

    /// <summary>Counts <paramref name="from"/>'s uses as <paramref name="into"/>'s ("Trump" after "Donald Trump").</summary>
    public void Merge(string from, string into)
    {
        var (source, target) = (Uses[from], Uses[into]);
        target.Count += source.Count;
        target.First = Math.Min(target.First, source.First);
        target.FirstBlock = Math.Min(target.FirstBlock, source.FirstBlock);
        target.Blocks = Math.Max(target.Blocks, source.Blocks);
        target.Clues |= source.Clues;
        target.MidSentence |= source.MidSentence;
        Uses.Remove(from);
    }
}
