using System.Collections.Frozen;
using System.Collections.Immutable;
using NewsReader.Archives;
using NewsReader.Articles;
using NewsReader.Files;
using NewsReader.Paging;
using NewsReader.Search;
using NewsReader.Topics;

namespace NewsReader.Storage;

/// <summary>
/// Everything readers see at one moment, built once and never changed: the ordered list, the
/// lookups by slug and id, and the addresses that redirect or are gone. A reload builds a new
/// snapshot; readers keep the one they started with.
/// </summary>
public sealed class ArticleSnapshot
{
    // Per-article lookups are plain dictionaries, never written after the constructor (so safe to
    // read from any thread): freezing them made lookups a few nanoseconds faster and cost about a
    // second per 100,000 articles to build, on every reload.
    // Each to the article's place in Articles: made from the articles as loaded, while their topics
    // settle (which changes neither place, slug nor id, only the article objects of some).
    private readonly Dictionary<string, int> _bySlug;
    private readonly Dictionary<string, int> _byId;
    private readonly FrozenDictionary<string, Article> _movedSlugs;
    private readonly FrozenDictionary<string, Article> _movedIds;

    // Built on first use: only archive and author pages (and article bylines) read them, and a
    // reload should not wait for them. Lazy's default mode builds each once, whatever the threads.
    private readonly Lazy<ArchiveIndex> _archive;
    private readonly Lazy<AuthorIndex> _authors;

    private ArticleSnapshot(
        ImmutableArray<Article> ordered,
        ImmutableArray<RejectedFile> rejected,
        ImmutableArray<(Article Copy, Article Original)> copies,
        IReadOnlyDictionary<string, string> history,
        SnapshotContext context,
        SavedIndex? savedIndex,
        SavedTopics? savedTopics)
    {
        // The index is mapped, updated or built on another core while the topics are settled on
        // this one: its postings read the articles' text, never their topics, and it is moved onto
        // the settled articles after. At 100,000 articles each took 0.2-1 s, one after the other.
        var unsettled = ordered;
        var lookups = Task.Run(() => LookupsOf(unsettled));
        var indexing = Task.Run(() =>
        {
            var started = System.Diagnostics.Stopwatch.GetTimestamp();
            var index = savedIndex?.Invoke(unsettled, NoTopicsYet) ?? SearchIndex.Build(unsettled, NoTopicsYet);
            return (Index: index, Time: System.Diagnostics.Stopwatch.GetElapsedTime(started));
        });
        // Settles each article's topics against the whole corpus, so every reader below sees those.
        try
        {
            Topics = savedTopics?.Invoke(ordered) ?? new TopicIndex(ordered);
        }
        catch
        {
            // The index may be reading the saved index's mapping, which the caller unmaps once this
            // throws: not before the index is done with it.
            Finished(indexing).Wait();
            throw;
        }

        ordered = Topics.Articles;
        Articles = ordered;
        Rejected = rejected;
        Context = context;
        _archive = new Lazy<ArchiveIndex>(() => new ArchiveIndex(Articles));
        _authors = new Lazy<AuthorIndex>(() => new AuthorIndex(Articles));
        var (built, buildTime) = indexing.GetAwaiter().GetResult();
        // A topic filter finds exactly what the topic's page lists.
        SearchIndex = built.WithSettledTopics(ordered, TopicArticles);
        SearchIndexRestored = SearchIndex.Origin == SearchIndexOrigin.Mapped;
        SearchIndexBuildTime = buildTime;
        (_bySlug, _byId, var bySource) = lookups.GetAwaiter().GetResult();

        // A duplicate's own id and the slug it would have had lead to the published original.
        var movedIds = copies.Where(c => !_byId.ContainsKey(c.Copy.Id)).DistinctBy(c => c.Copy.Id, StringComparer.OrdinalIgnoreCase)
            .ToDictionary(c => c.Copy.Id, c => Articles[bySource[c.Original.SourceFile]], StringComparer.OrdinalIgnoreCase);
        _movedIds = movedIds.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
        Duplicates = [.. copies.Select(c => new DuplicateFile(c.Copy.SourceFile, c.Original.SourceFile))];

        var movedSlugs = new Dictionary<string, Article>(StringComparer.OrdinalIgnoreCase);
        foreach (var (slug, id) in history)
        {
            if (!_bySlug.ContainsKey(slug) && (FindById(id) ?? movedIds.GetValueOrDefault(id)) is { } target)
            {
                movedSlugs[slug] = target;
            }
        }

        foreach (var (copy, original) in copies)
        {
            movedSlugs.TryAdd($"{copy.Slug}-{copy.Id[..Math.Min(8, copy.Id.Length)]}", Articles[bySource[original.SourceFile]]);
        }

        _movedSlugs = movedSlugs.Where(m => !_bySlug.ContainsKey(m.Key)).ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>Completes when <paramref name="task"/> has, whether it succeeded or not.</summary>
    internal static Task Finished(Task task) => task.ContinueWith(static _ => { }, CancellationToken.None, TaskContinuationOptions.None, TaskScheduler.Default);

    /// <summary>What an index being built while the topics settle is given for its topic filter: it asks for none before it is moved onto them.</summary>
    private static ImmutableArray<Article> NoTopicsYet(string slug) => throw new InvalidOperationException("The topics are not settled yet.");

    /// <summary>
    /// Slug-to-id pairs this snapshot publishes that <paramref name="history"/> does not hold yet: what
    /// the permalink history appends. Asked after publishing, not while building: at 100,000
    /// articles this pass held a restart's readiness back by about 50 ms.
    /// </summary>
    public ImmutableArray<KeyValuePair<string, string>> PermalinksNotIn(IReadOnlyDictionary<string, string> history)
    {
        ArgumentNullException.ThrowIfNull(history);
        var pairs = ImmutableArray.CreateBuilder<KeyValuePair<string, string>>();
        foreach (var article in Articles)
        {
            if (!history.TryGetValue(article.Slug, out var id) || !id.Equals(article.Id, StringComparison.OrdinalIgnoreCase))
            {
                pairs.Add(new(article.Slug, article.Id));
            }
        }

        return pairs.DrainToImmutable();
    }

    /// <summary>Places in <paramref name="ordered"/> by slug and id (as readers type them, any case) and by source file.</summary>
    private static (Dictionary<string, int> BySlug, Dictionary<string, int> ById, Dictionary<string, int> BySource) LookupsOf(ImmutableArray<Article> ordered)
    {
        var (bySlug, byId) = (new Dictionary<string, int>(ordered.Length, StringComparer.OrdinalIgnoreCase), new Dictionary<string, int>(ordered.Length, StringComparer.OrdinalIgnoreCase));
        var bySource = new Dictionary<string, int>(ordered.Length, StringComparer.Ordinal);
        for (var i = 0; i < ordered.Length; i++)
        {
            bySlug.Add(ordered[i].Slug, i);
            byId.Add(ordered[i].Id, i);
            bySource.Add(ordered[i].SourceFile, i);
        }

        return (bySlug, byId, bySource);
    }

    /// <summary>The same snapshot over another index of the same articles in the same order: the one saved, once mapped.</summary>
    private ArticleSnapshot(ArticleSnapshot source, SearchIndex index)
    {
        (_bySlug, _byId, _movedSlugs, _movedIds) = (source._bySlug, source._byId, source._movedSlugs, source._movedIds);
        // An unbuilt Lazy's factory holds the source snapshot, and with it the index being replaced.
        _archive = source._archive.IsValueCreated ? source._archive : new Lazy<ArchiveIndex>(() => new ArchiveIndex(Articles));
        _authors = source._authors.IsValueCreated ? source._authors : new Lazy<AuthorIndex>(() => new AuthorIndex(Articles));
        (Articles, Rejected, Duplicates, Context, Topics, _repaired) = (source.Articles, source.Rejected, source.Duplicates, source.Context, source.Topics, source._repaired);
        PagesVersion = source.PagesVersion;
        (SearchIndex, SearchIndexRestored, SearchIndexBuildTime) = (index, index.Origin == SearchIndexOrigin.Mapped, source.SearchIndexBuildTime);
    }

    /// <summary>
    /// An index made without reading every article again, or null to build one: the saved index
    /// mapped (for exactly these articles in this order), or one updated from the saved or the
    /// last snapshot's index (see <see cref="SearchIndex.Update"/>).
    /// </summary>
    public delegate SearchIndex? SavedIndex(ImmutableArray<Article> ordered, Func<string, ImmutableArray<Article>> topicArticles);

    /// <summary>
    /// Topics settled before for exactly these articles in this order (not yet settled), or null to
    /// settle them. Asked before <see cref="SavedIndex"/>, with the same articles.
    /// </summary>
    public delegate TopicIndex? SavedTopics(ImmutableArray<Article> ordered);

    public static ArticleSnapshot Empty { get; } = Create([], []);

    /// <summary>Newest first where a date is known, then undated articles by source file name.</summary>
    public ImmutableArray<Article> Articles { get; }

    public ImmutableArray<RejectedFile> Rejected { get; }

    public ImmutableArray<DuplicateFile> Duplicates { get; }

    /// <summary>
    /// Stands for what this snapshot's pages show: the same object for the snapshot moved onto
    /// another index of the same articles (<see cref="WithSearchIndex"/>), whose pages render the
    /// same, so that pages cached for one are served for the other.
    /// </summary>
    public object PagesVersion { get; } = new();

    /// <summary>How many articles were published from files that needed repair (a stray byte, a bad encoding).</summary>
    /// <remarks>Counted once per snapshot: /readyz, which an orchestrator polls, counted every article on each answer.</remarks>
    public int RepairedCount => _repaired >= 0 ? _repaired : _repaired = Articles.Count(article => article.Repaired);

    // -1 until counted; two threads counting at once count the same.
    private int _repaired = -1;

    public SnapshotContext Context { get; }

    /// <summary>Full-text search over exactly these articles, built with the snapshot.</summary>
    public SearchIndex SearchIndex { get; }

    /// <summary>True when <see cref="SearchIndex"/> was mapped as saved rather than built or updated.</summary>
    public bool SearchIndexRestored { get; }

    /// <summary>How long building <see cref="SearchIndex"/> took, so operators can see its share of a load.</summary>
    public TimeSpan SearchIndexBuildTime { get; }

    /// <summary>The snapshot's topics and their articles.</summary>
    public TopicIndex Topics { get; }

    /// <summary>The dated articles by month of publication, for <c>/archive</c>.</summary>
    public ArchiveIndex Archive => _archive.Value;

    /// <summary>The people in the articles' bylines and what each wrote, for <c>/authors/{slug}</c>.</summary>
    public AuthorIndex Authors => _authors.Value;

    /// <param name="articles">Parsed articles, in any order; copies of the same article are published once.</param>
    /// <param name="rejected">Files that did not become articles.</param>
    /// <param name="history">Every slug ever published, mapped to its article id (see <see cref="PermalinkHistory"/>).</param>
    /// <param name="context">The load's stale files, deleted articles and timing.</param>
    /// <param name="savedIndex">Where to look for an index saved for the same articles before building one.</param>
    /// <param name="savedTopics">Where to look for topics settled for the same articles before settling them.</param>
    /// <param name="plan">Worked out before for these articles and this history, if it was (else it is worked out here).</param>
    public static ArticleSnapshot Create(
        IEnumerable<Article> articles,
        IEnumerable<RejectedFile> rejected,
        IReadOnlyDictionary<string, string>? history = null,
        SnapshotContext? context = null,
        SavedIndex? savedIndex = null,
        SavedTopics? savedTopics = null,
        PublicationPlan? plan = null)
    {
        ArgumentNullException.ThrowIfNull(articles);
        ArgumentNullException.ThrowIfNull(rejected);
        history ??= FrozenDictionary<string, string>.Empty;
        plan = plan is not null && plan.IsFor(articles, history) ? plan : new PublicationPlan(articles, history);
        return new ArticleSnapshot(plan.Ordered, [.. rejected], plan.Copies, history, context ?? SnapshotContext.None, savedIndex, savedTopics);
    }

    /// <summary>
    /// This snapshot with <paramref name="index"/> in place of its own: how a snapshot whose index
    /// was built on the heap moves to the copy the store saved, mapped, once it is written.
    /// </summary>
    /// <exception cref="ArgumentException">The index is not of exactly these articles.</exception>
    internal ArticleSnapshot WithSearchIndex(SearchIndex index)
    {
        ArgumentNullException.ThrowIfNull(index);
        var same = index.Articles.Length == Articles.Length && Enumerable.Range(0, Articles.Length).All(i => ReferenceEquals(index.Articles[i], Articles[i]));
        return same ? new ArticleSnapshot(this, index) : throw new ArgumentException("The index is of other articles.", nameof(index));
    }

    /// <summary>
    /// A topic's articles by its slug, as the search index's topic filter reads them. Bound to the
    /// topics, not to this snapshot: an index given it must not keep the snapshot (and so the index
    /// it replaces) alive.
    /// </summary>
    internal Func<string, ImmutableArray<Article>> TopicArticles => Topics.ArticlesOf;

    /// <summary>Case-insensitive, so a hand-typed permalink still finds its article.</summary>
    public Article? FindBySlug(string slug) => _bySlug.TryGetValue(slug, out var at) ? Articles[at] : null;

    public Article? FindById(string id) => _byId.TryGetValue(id, out var at) ? Articles[at] : null;

    /// <summary>What <c>/articles/{slug}</c> leads to: the article, a redirect, gone, or nothing.</summary>
    public PermalinkResolution ResolveSlug(string slug) =>
        _bySlug.TryGetValue(slug, out var at) ? new(PermalinkStatus.Found, Articles[at])
        : _movedSlugs.TryGetValue(slug, out var moved) ? new(PermalinkStatus.Moved, moved)
        : Context.Gone.Slugs.Contains(slug) ? PermalinkResolution.Gone
        : PermalinkResolution.NotFound;

    /// <summary>What an id leads to: the article, the original of a duplicate, gone, or nothing.</summary>
    public PermalinkResolution ResolveId(string id) =>
        _byId.TryGetValue(id, out var at) ? new(PermalinkStatus.Found, Articles[at])
        : _movedIds.TryGetValue(id, out var moved) ? new(PermalinkStatus.Moved, moved)
        : Context.Gone.Ids.Contains(id) ? PermalinkResolution.Gone
        : PermalinkResolution.NotFound;

    /// <summary>The articles before and after this one in the front page's order (newer first).</summary>
    public (Article? Previous, Article? Next) NeighboursOf(Article article)
    {
        ArgumentNullException.ThrowIfNull(article);
        if (!SearchIndex.TryGetPosition(article, out var position))
        {
            return (null, null);
        }

        return (position > 0 ? Articles[position - 1] : null, position + 1 < Articles.Length ? Articles[position + 1] : null);
    }

    /// <returns>The page, or null when the number is outside 1..TotalPages (page 1 always exists).</returns>
    public ListPage<Article>? GetPage(int number, int pageSize) => ListPage.Of(Articles, number, pageSize);
}
