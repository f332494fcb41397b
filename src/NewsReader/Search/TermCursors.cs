namespace NewsReader.Search;

/// <summary>Per term id, a count or a write cursor, for postings and for their encoded positions' bytes.</summary>
internal sealed class TermCursors(int terms)
{
    public int[] Postings { get; } = new int[terms];

    public int[] Bytes { get; } = new int[terms];
}
