using System.Collections.Immutable;
using Microsoft.Extensions.Logging;
using NewsReader.Articles;
using NewsReader.Files;
using NewsReader.Persistence;
using NewsReader.Search;
using NewsReader.Topics;

namespace NewsReader.Ingestion;

/// <summary>
/// How the first publish takes what the last run saved: the index file is read once, for the
/// articles as loaded, and gives first their topics as settled then (when it is of exactly these
/// articles) and then the index, mapped or updated. Says in the log which it was. With nothing
/// saved to take, a large index is built with its postings spilled beside the store
/// (<see cref="SpilledPostings"/>), which the index saved after the publish then replaces.
/// </summary>
/// <param name="cacheFolder">The store's folder, where the spill goes.</param>
internal sealed partial class SavedIndexReader(SavedIndexFile file, string cacheFolder, SeedsFolderBoundary boundary, TimeProvider timeProvider, ILogger logger) : IDisposable
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
            return BuildOffHeap(ordered, topicArticles);
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

        return index ?? BuildOffHeap(ordered, topicArticles);
    }

    /// <summary>
    /// Only past one chunk: a single chunk's postings are on the heap for its grouping anyway. Null
    /// (for the caller to build on the heap) when no spill file can be made.
    /// </summary>
    private SearchIndex? BuildOffHeap(ImmutableArray<Article> ordered, Func<string, ImmutableArray<Article>> topicArticles)
    {
        if (ordered.Length <= SearchIndexBuilder.ChunkSize)
        {
            return null;
        }

        var (spill, problem) = SpilledPostings.Create(cacheFolder, boundary);
        using (spill)
        {
            var index = spill is null ? null : SearchIndex.Build(ordered, topicArticles, spill);
            if ((problem ?? spill?.Problem) is { } reason)
            {
                LogNotSpilled(logger, cacheFolder, reason);
            }
            else
            {
                LogSpilled(logger, ordered.Length, spill!.Bytes / (1 << 20));
            }

            return index;
        }
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

    [LoggerMessage(Level = LogLevel.Information, Message = "Built the search index of {ArticleCount} articles with {Megabytes} MB of its postings kept off the heap, mapped from a scratch file, until the saved copy replaces them")]
    private static partial void LogSpilled(ILogger logger, int articleCount, long megabytes);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The search index's postings could not all be kept in {Folder} as they were built, so the heap holds them: {Reason}")]
    private static partial void LogNotSpilled(ILogger logger, string folder, string reason);

    [LoggerMessage(Level = LogLevel.Information, Message = "Mapped the saved search index in {ElapsedMilliseconds} ms instead of building it")]
    private static partial void LogIndexRestored(ILogger logger, long elapsedMilliseconds);

    [LoggerMessage(Level = LogLevel.Information, Message = "The saved search index is not used: {Reason}; it is built")]
    private static partial void LogIndexNotUsed(ILogger logger, string reason);
}
