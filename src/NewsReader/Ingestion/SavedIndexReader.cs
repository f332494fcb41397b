using System.Collections.Immutable;
using Microsoft.Extensions.Logging;
using NewsReader.Articles;
using NewsReader.Persistence;
using NewsReader.Search;
using NewsReader.Topics;

namespace NewsReader.Ingestion;

/// <summary>
/// How the first publish takes what the last run saved: the index file is read once, for the
/// articles as loaded, and gives first their topics as settled then (when it is of exactly these
/// articles) and then the index, mapped or updated. Says in the log which it was.
/// </summary>
internal sealed partial class SavedIndexReader(SavedIndexFile file, TimeProvider timeProvider, ILogger logger) : IDisposable
{
    private readonly long _started = timeProvider.GetTimestamp();
    private readonly Lock _reading = new();
    private SavedSearchIndex? _saved;
    private bool _read;

    /// <summary>For <see cref="Storage.ArticleSnapshot.SavedTopics"/>.</summary>
    public TopicIndex? Topics(ImmutableArray<Article> ordered)
    {
        Read(ordered);
        try
        {
            return _saved?.SettledTopics(ordered);
        }
        catch (ArgumentException ex)
        {
            // Checked as read, so only a file made by hand gets here: the topics are settled anew.
            var reason = $"its settled topics do not fit these articles ({ex.Message})";
            LogIndexNotUsed(logger, reason);
            return null;
        }
    }

    /// <summary>For <see cref="Storage.ArticleSnapshot.SavedIndex"/>.</summary>
    public SearchIndex? Index(ImmutableArray<Article> ordered, Func<string, ImmutableArray<Article>> topicArticles)
    {
        Read(ordered);
        if (_saved is null)
        {
            return null;
        }

        var (index, problem) = _saved.Index(ordered, topicArticles);
        if (index?.Origin == SearchIndexOrigin.Mapped)
        {
            var elapsed = (long)timeProvider.GetElapsedTime(_started).TotalMilliseconds;
            LogIndexRestored(logger, elapsed);
        }
        else if (problem is not null)
        {
            LogIndexNotUsed(logger, problem);
        }

        return index;
    }

    public void Dispose()
    {
        _saved?.Dispose();
        file.Dispose();
    }

    /// <summary>Once, for whichever asks first: the topics and the index are asked for at once, on two cores.</summary>
    private void Read(ImmutableArray<Article> articles)
    {
        lock (_reading)
        {
            if (_read)
            {
                return;
            }

            _read = true;
            (_saved, var problem) = IndexStore.Read(file, articles);
            if (problem is not null)
            {
                LogIndexNotUsed(logger, problem);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Mapped the saved search index in {ElapsedMilliseconds} ms instead of building it")]
    private static partial void LogIndexRestored(ILogger logger, long elapsedMilliseconds);

    [LoggerMessage(Level = LogLevel.Information, Message = "The saved search index is not used: {Reason}; it is built")]
    private static partial void LogIndexNotUsed(ILogger logger, string reason);
}
