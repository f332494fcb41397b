using System.Collections.Immutable;

namespace NewsReader.Articles;

/// <summary>
/// Where an article's <see cref="Article.TopicCandidates"/> are when they are not kept in memory:
/// an article restored from the snapshot store leaves them there. They are read only when topics
/// are settled anew (a reload that changed something) and for an article's related reading, so a
/// start that changes nothing never decodes them and the heap does not hold them.
/// </summary>
internal abstract class TopicCandidateSource
{
    /// <summary>The candidates, decoded anew on each call (nothing is kept).</summary>
    public abstract ImmutableArray<TopicCandidate> Read();
}
