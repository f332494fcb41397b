namespace NewsReader.Topics;

/// <summary>One name's uses in one article (see <see cref="NameTally"/>).</summary>
internal sealed class NameUse
{
    public int Count { get; set; }

    /// <summary>The order of its first use among all the article's names.</summary>
    public int First { get; set; }

    public int FirstBlock { get; set; }

    public int LastBlock { get; set; }

    /// <summary>In how many paragraphs it is used.</summary>
    public int Blocks { get; set; }

    public bool MidSentence { get; set; }

    public Clues Clues { get; set; }
}
