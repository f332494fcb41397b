using System.Collections.Immutable;

namespace NewsReader.Topics;

/// <summary>One page of the list of every topic; page numbers start at 1.</summary>
public sealed record TopicPage(ImmutableArray<Topic> Items, int Number, int TotalPages, int TotalTopics)
{
    public bool HasPrevious => Number > 1;

    public bool HasNext => Number < TotalPages;
}
