using System.Collections.Immutable;
using NewsReader.Articles;

namespace NewsReader.Topics;

/// <summary>A topic as a snapshot settled it, its articles as positions in the snapshot's order: how it is saved.</summary>
public sealed record SettledTopic(string Name, string Slug, TopicKind Kind, ImmutableArray<int> Positions);
