namespace NewsReader.Search;

/// <summary>
/// Somewhere other than the heap for a chunk's postings once they are grouped. A build weighs no
/// chunk before every chunk is grouped (an impact needs the average length of all articles), so
/// without one the heap held every posting of the corpus at once, on top of the articles: at
/// 100,000 articles about 400 MB, most of a first load's peak beyond the corpus itself.
/// </summary>
internal abstract class ChunkSpill
{
    /// <summary>
    /// The same postings held elsewhere, with weights of their own to fill; or, when they cannot
    /// be moved, on the heap (<see cref="ChunkPostings.Copied"/>). <paramref name="grouped"/> is
    /// over a worker's scratch (<see cref="ChunkScratch"/>), which its next chunk overwrites: what
    /// is returned must not share its arrays.
    /// </summary>
    /// <remarks>Called from several build workers at once.</remarks>
    public abstract ChunkPostings Spill(ChunkPostings grouped);

    /// <summary>
    /// <paramref name="chunk"/>, spilled, is weighed, which read each of its postings' article and
    /// frequency once: they need not stay in memory for it (at 100,000 articles, 120 MB in all).
    /// </summary>
    public virtual void Weighed(ChunkPostings chunk)
    {
    }
}
