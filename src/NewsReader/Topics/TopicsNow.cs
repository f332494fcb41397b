using System.Collections.Immutable;
using NewsReader.Articles;

namespace NewsReader.Topics;

/// <summary>
/// "Topics now" on the front page: the topics the newest articles share. Only the newest
/// <see cref="Window"/> articles count, so an old topic with hundreds of articles does not crowd
/// out this week's; a topic needs at least two of them, so one article's names are not a trend.
/// Ties go to the topic with more articles overall, then by name, so the row is stable.
/// Computed once per snapshot (<see cref="TopicIndex.Now"/>), bounded by <see cref="Count"/>.
/// </summary>
public static class TopicsNow
{
    /// <summary>How many of the newest articles are counted.</summary>
    public const int Window = 40;

    /// <summary>How many topics the row shows at most: a row, not a cloud.</summary>
    public const int Count = 8;

    /// <summary>A topic needs this many of the newest articles to be "now".</summary>
    public const int MinimumArticles = 2;

    /// <param name="articles">The articles in the front page's order, newest first, with settled topics.</param>
    /// <param name="find">The topic of a slug, as the index has it.</param>
    public static ImmutableArray<Topic> Pick(ImmutableArray<Article> articles, Func<string, Topic?> find, int window = Window, int count = Count)
    {
        ArgumentNullException.ThrowIfNull(find);
        var uses = new Dictionary<Topic, int>();
        foreach (var article in articles.Take(window))
        {
            // A name written twice in one article counts once: the row counts articles, not mentions.
            foreach (var topic in article.Topics.Select(name => find(Slug.FromHeadline(name))).OfType<Topic>().Distinct())
            {
                uses[topic] = uses.GetValueOrDefault(topic) + 1;
            }
        }

        return [.. uses
            .Where(use => use.Value >= MinimumArticles)
            .OrderByDescending(use => use.Value)
            .ThenByDescending(use => use.Key.Articles.Length)
            .ThenBy(use => use.Key.Name, StringComparer.OrdinalIgnoreCase)
            .Take(count)
            .Select(use => use.Key)];
    }
}
