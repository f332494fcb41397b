using System.Collections.Immutable;
using NewsReader.Articles;
using NewsReader.Search;
using NewsReader.Topics;

namespace NewsReader.Persistence;

/// <summary>
/// A saved index read as far as it can be before the articles' topics are settled: whether it is
/// of exactly the articles it was read for, their topics as settled then, and its postings, mapped.
/// A start takes the topics (<see cref="SettledTopics"/>), then the index (<see cref="Index"/>).
/// Disposing it unmaps the file unless the index taken reads from it.
/// </summary>
public sealed class SavedSearchIndex : IDisposable
{
    private readonly MappedFile _mapped;
    private readonly ReusableIndex _content;
    private readonly SettledTopicsRecord.Lists? _topics;
    private bool _indexTaken;
    private bool _disposed;

    internal SavedSearchIndex(bool exact, MappedFile mapped, ReusableIndex content, SettledTopicsRecord.Lists? topics) =>
        (IsExact, _mapped, _content, _topics) = (exact, mapped, content, topics);

    /// <summary>True when it indexes exactly the articles it was read for, in their order.</summary>
    public bool IsExact { get; }

    /// <summary>
    /// The topics as that snapshot settled them, for the same articles (as read, not yet settled);
    /// null when it indexes other articles or was saved without them.
    /// </summary>
    public TopicIndex? SettledTopics(ImmutableArray<Article> articles) =>
        IsExact && _topics is { } topics ? TopicIndex.FromSettled(articles, topics.PerArticle, topics.Topics) : null;

    /// <summary>
    /// The index itself, for the articles it was read for (their topics settled since or not): mapped
    /// when it is of exactly those; else updated from it (unless <paramref name="mappedOnly"/>).
    /// </summary>
    public (SearchIndex? Index, string? Problem) Index(ImmutableArray<Article> articles, Func<string, ImmutableArray<Article>>? topicArticles, bool mappedOnly = false)
    {
        if (IsExact)
        {
            _indexTaken = true;
            return (SearchIndex.Restore(articles, _content, topicArticles), null);
        }

        if (mappedOnly)
        {
            return (null, "it indexes other articles than these");
        }

        // Saved for other articles (some changed, came or went): the ones it still holds unchanged
        // are taken from it (whole chunks where they can be), only the rest are read. Chunks taken
        // whole keep reading the mapping, which so stays: copying them out was a third of a start
        // with changes, and 400 MB of the heap at 100,000 articles.
        _indexTaken = true;
        return (SearchIndex.Update(_content, articles, topicArticles), null);
    }

    /// <summary>Unmaps the file unless a mapped index reads from it: its pages would stay resident for nothing.</summary>
    public void Dispose()
    {
        if (!_indexTaken && !_disposed)
        {
            _mapped.Unmap();
        }

        _disposed = true;
    }
}
