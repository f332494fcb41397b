using System.Collections.Immutable;
using NewsReader.Articles;

namespace NewsReader.Topics;

/// <summary>A topic and its articles, in the front page's order.</summary>
public sealed record Topic(string Name, string Slug, ImmutableArray<Article> Articles)
{
    /// <summary>What it names, as most of its articles' clues agree; unknown when they say nothing.</summary>
    public TopicKind Kind { get; init; }
}
