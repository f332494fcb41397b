using System.Collections.Immutable;
using NewsReader.Articles;

namespace NewsReader.Storage;

/// <summary>
/// Which of a load's articles a snapshot publishes, in which order and under which permalinks, and
/// which repeat another: the part of building a snapshot that depends on nothing but the articles
/// and the permalink history. A restart works it out for the articles the snapshot store gave while
/// the folder is still being scanned, on a core the scan leaves free, and the snapshot takes it
/// when the scan found those very articles (<see cref="ArticleSnapshot.Create"/>).
/// </summary>
public sealed class PublicationPlan
{
    private readonly Article[] _articles;
    private readonly IReadOnlyDictionary<string, string> _history;
    private readonly int _historyCount;

    /// <param name="articles">As <see cref="ArticleSnapshot.Create"/> would be given them.</param>
    /// <param name="history">The permalink history it would be given; not changed until the plan is used.</param>
    public PublicationPlan(IEnumerable<Article> articles, IReadOnlyDictionary<string, string> history)
    {
        ArgumentNullException.ThrowIfNull(articles);
        ArgumentNullException.ThrowIfNull(history);
        (_articles, _history, _historyCount) = ([.. articles], history, history.Count);
        (var originals, Copies) = DuplicateDetector.Split(_articles);
        Ordered = PublicationOrder.Sort(PermalinkAssigner.AssignUnique(originals, history));
    }

    /// <summary>The articles published, each under its unique id and slug, in the front page's order.</summary>
    internal ImmutableArray<Article> Ordered { get; }

    /// <summary>Each file that repeats another's article, with the article published.</summary>
    internal ImmutableArray<(Article Copy, Article Original)> Copies { get; }

    /// <summary>True when made from exactly these articles (the same objects, in this order) and this history, as it was then.</summary>
    internal bool IsFor(IEnumerable<Article> articles, IReadOnlyDictionary<string, string> history)
    {
        if (!ReferenceEquals(history, _history) || history.Count != _historyCount || articles is not IReadOnlyList<Article> list || list.Count != _articles.Length)
        {
            return false;
        }

        for (var i = 0; i < _articles.Length; i++)
        {
            if (!ReferenceEquals(list[i], _articles[i]))
            {
                return false;
            }
        }

        return true;
    }
}
