using System.Collections.Immutable;
using NewsReader.Articles;

namespace NewsReader.Topics;

/// <summary>
/// Topics to offer when a search finds nothing: those whose name shares a word with the query
/// (compared as slugs, so case and accents do not matter, and "Korea" meets "Korean"), then the
/// most used ones, so the list is never empty while the site has topics.
/// </summary>
public static class NearestTopics
{
    /// <summary>Shorter words ("of", "the", "in") would match nearly every topic.</summary>
    private const int MinWordLength = 3;

    /// <summary>A query word this long also matches topic words it starts, or that start it.</summary>
    private const int MinPrefixLength = 4;

    public static ImmutableArray<Topic> For(TopicIndex topics, string? query, int count)
    {
        ArgumentNullException.ThrowIfNull(topics);
        var words = string.IsNullOrWhiteSpace(query)
            ? []
            : Slug.FromHeadline(query).Split('-').Where(word => word.Length >= MinWordLength).ToHashSet(StringComparer.Ordinal);
        var sharing = words.Count == 0 ? [] : topics.All.Where(topic => topic.Slug.Split('-').Any(word => Shares(word, words)));
        return [.. sharing.Concat(topics.All).Distinct().Take(count)];
    }

    private static bool Shares(string topicWord, HashSet<string> queryWords) =>
        queryWords.Contains(topicWord)
        || (topicWord.Length >= MinPrefixLength && queryWords.Any(word => word.Length >= MinPrefixLength
            && (topicWord.StartsWith(word, StringComparison.Ordinal) || word.StartsWith(topicWord, StringComparison.Ordinal))));
}
