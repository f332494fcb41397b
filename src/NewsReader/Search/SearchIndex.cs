using System.Collections.Immutable;
using NewsReader.Articles;
using NewsReader.Search.Languages;

namespace NewsReader.Search;

/// <summary>
/// A full-text index of one snapshot's articles, built once and never changed, so searches need
/// no locks. A result contains every query word (in any of its forms) and every quoted phrase
/// word for word; results are ranked by BM25 with the headline and standfirst weighted above the
/// body and words close together above words apart (<see cref="ResultRanker"/>), or newest first.
/// </summary>
public sealed class SearchIndex
{
    private readonly ImmutableArray<Article> _articles;
    // Indexed by term id (TermIds); null where no article of this snapshot has the term.
    private readonly PostingList?[] _postings;
    private readonly ChunkPostings[] _chunks;
    private readonly BlockPositions _blocks;

    /// <summary>Up to this many articles the vocabulary is read inside the first query that needs it (about 0.1 s).</summary>
    private const int VocabularyReadInline = 2000;

    // Suggestions are needed only when a query finds nothing: reloads should not pay for them,
    // and no request should wait for the whole vocabulary to be read.
    private readonly Lazy<Task<SpellingVocabulary>> _vocabulary;
    private readonly RelatedArticles _related;
    // Per document, what its score is multiplied by: newer articles by a little, to break ties.
    private readonly float[] _recency;
    // An article's document number is its place in the snapshot's order; the snapshot finds
    // neighbours through it too, so there is one such lookup per snapshot. Built on another core
    // as the index is made: nothing a start publishes needs it before the first article page.
    private readonly Task<Dictionary<string, int>> _docById;
    // Filters are read only by searches that narrow: a snapshot nobody narrows never builds them.
    private readonly Lazy<FilterTables> _filters;
    private readonly Func<string, ImmutableArray<Article>> _topicArticles;
    // The languages the articles were read in: a query is read in each of them.
    private readonly TextLanguage[] _languages;
    // Per document, its length in words and its DocumentKey (worked out when first asked for,
    // unless an update or the store gave them): what the next update takes chunks whole by.
    private readonly int[] _lengths;
    private ulong[]? _documentKeys;

    private SearchIndex(
        ImmutableArray<Article> articles,
        BuiltIndex built,
        TextLanguage[] languages,
        Func<string, ImmutableArray<Article>>? topicArticles,
        SearchIndexOrigin origin = SearchIndexOrigin.Built,
        int reusedArticles = 0,
        SearchIndex? sameDocuments = null)
    {
        (Origin, ReusedArticles) = (origin, reusedArticles);
        var postings = built.Postings;
        _articles = articles;
        _postings = postings;
        _chunks = built.Chunks;
        _languages = languages;
        _filters = new Lazy<FilterTables>(() => FilterTables.Of(articles));
        _topicArticles = topicArticles ?? (slug => [.. articles.Where(a => a.Topics.Any(name => Slug.FromHeadline(name).Equals(slug, StringComparison.OrdinalIgnoreCase)))]);
        _blocks = built.Blocks;
        _lengths = built.Lengths;
        _documentKeys = built.Keys;
        // A small site reads its words at once (a fraction of a second), so even its first query
        // gets its suggestion; a large one reads them in the background.
        _vocabulary = new Lazy<Task<SpellingVocabulary>>(() => articles.Length <= VocabularyReadInline
            ? Task.FromResult(SpellingVocabulary.Of(articles))
            : Task.Run(() => SpellingVocabulary.Of(articles)));
        _related = new RelatedArticles(articles, postings);
        // Ids and dates are the same in an index of the same documents: taken, not worked out again.
        _recency = sameDocuments?._recency ?? RecencyPrior.Of(articles);
        _docById = sameDocuments?._docById ?? Task.Run(() => articles.Select((a, i) => KeyValuePair.Create(a.Id, i)).ToDictionary(StringComparer.OrdinalIgnoreCase));
    }

    /// <summary>
    /// This index over <paramref name="settled"/>: the articles it was built for, in the same order,
    /// their topics settled since. A snapshot builds its index while it settles the topics (the
    /// postings read an article's text, never its topics); related reading and the topic filter
    /// read topics, so they take the settled articles.
    /// </summary>
    /// <exception cref="ArgumentException">Not as many articles as the index has.</exception>
    internal SearchIndex WithSettledTopics(ImmutableArray<Article> settled, Func<string, ImmutableArray<Article>> topicArticles) => settled.Length == _articles.Length
        ? new(settled, new BuiltIndex(_chunks, _postings, _blocks, _lengths, _documentKeys), _languages, topicArticles, Origin, ReusedArticles, this)
        : throw new ArgumentException($"{settled.Length} articles for an index of {_articles.Length}.", nameof(settled));

    public static SearchIndex Empty { get; } = Build([]);

    /// <summary>The languages the articles were read in (detected where an article declares none).</summary>
    public IReadOnlyList<TextLanguage> Languages => _languages;

    /// <summary>How many distinct terms the articles contain.</summary>
    public int TermCount => _postings.Count(list => list is not null);

    /// <summary>An estimate of the postings' own arrays, for the benchmarks.</summary>
    public long ApproximateBytes => _postings.SelectMany(list => list?.Chunks ?? []).Distinct().Sum(chunk => chunk.Size) + _blocks.Size;

    /// <summary>Every section (seeds sub-folder) an article sits in, by name, with its article count.</summary>
    public ImmutableArray<FacetValue> Sections => _filters.Value.Sections;

    /// <summary>Every source (site name) articles give, most articles first.</summary>
    public ImmutableArray<FacetValue> Sources => _filters.Value.Sources;

    /// <param name="articles">The snapshot's articles, in its order.</param>
    /// <param name="topicArticles">
    /// A topic's articles by its slug (the snapshot's topic index, so a topic filter finds what the
    /// topic's page lists); without it, articles whose topic names slug to it.
    /// </param>
    public static SearchIndex Build(ImmutableArray<Article> articles, Func<string, ImmutableArray<Article>>? topicArticles = null) =>
        Build(articles, topicArticles, spill: null);

    /// <summary>As <see cref="Build(ImmutableArray{Article}, Func{string, ImmutableArray{Article}}?)"/>, each chunk's postings moved to <paramref name="spill"/> as they are grouped.</summary>
    internal static SearchIndex Build(ImmutableArray<Article> articles, Func<string, ImmutableArray<Article>>? topicArticles, ChunkSpill? spill) =>
        new(articles, SearchIndexBuilder.Build(articles, out var languages, spill), languages, topicArticles);

    /// <summary>
    /// An index read back from the snapshot store for exactly these articles in this order (the
    /// store checks that), instead of built: its chunks already hold every posting.
    /// </summary>
    internal static SearchIndex Restore(
        ImmutableArray<Article> articles,
        ReusableIndex saved,
        Func<string, ImmutableArray<Article>>? topicArticles)
    {
        ChunkPostings[] chunks = [.. saved.Chunks];
        var built = new BuiltIndex(chunks, SearchIndexBuilder.ListsOf(chunks), saved.Blocks, saved.Lengths, saved.DocumentKeys);
        return new(articles, built, [.. saved.Languages], topicArticles, SearchIndexOrigin.Mapped, articles.Length);
    }

    /// <summary>
    /// The index of <paramref name="articles"/>, built with the terms of every article
    /// <paramref name="previous"/> holds unchanged taken from it rather than read again: a reload
    /// that changed a few files, or a start after a few changed, tokenises only those.
    /// </summary>
    internal static SearchIndex Update(ReusableIndex previous, ImmutableArray<Article> articles, Func<string, ImmutableArray<Article>>? topicArticles = null)
    {
        var built = SearchIndexBuilder.Update(previous, articles, out var languages, out var reused);
        return new SearchIndex(articles, built, languages, topicArticles, SearchIndexOrigin.Updated, reused);
    }

    /// <summary>How this index came to be: built from the text, updated from the last one, or mapped from the store.</summary>
    public SearchIndexOrigin Origin { get; }

    /// <summary>How many articles' terms were taken from an earlier index rather than read from their text.</summary>
    public int ReusedArticles { get; }

    /// <summary>What the next snapshot's index can take from this one (<see cref="Update"/>).</summary>
    internal ReusableIndex Reusable => new(_chunks, _blocks, _lengths, DocumentKeys, _languages);

    /// <summary>Each article's <see cref="DocumentKey"/>, in document order.</summary>
    internal ulong[] DocumentKeys => _documentKeys ??= [.. _articles.Select(DocumentKey.Of)];

    /// <summary>Each article's length in words, in document order, for the snapshot store.</summary>
    internal int[] Lengths => _lengths;

    /// <summary>The articles indexed, in document order.</summary>
    internal ImmutableArray<Article> Articles => _articles;

    /// <summary>The postings chunk by chunk, for the snapshot store.</summary>
    internal IReadOnlyList<ChunkPostings> Chunks => _chunks;

    /// <summary>Where each article's blocks start among its words, for the snapshot store.</summary>
    internal BlockPositions Blocks => _blocks;

    /// <summary>A section the snapshot has, given its slug or folder name in any case; null for none.</summary>
    public FacetValue? FindSection(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return _filters.Value.SectionSlug(value) is { } slug ? Sections.First(section => section.Value == slug) : null;
    }

    /// <summary>A source's name as the articles give it, given that name in any case; null for none.</summary>
    public string? FindSource(string value) => _filters.Value.SourceName(value);

    /// <summary>Starts reading the spelling vocabulary if no query has yet; completes when suggestions are ready.</summary>
    public Task SuggestionsReady() => _vocabulary.Value;

    /// <summary>Up to <paramref name="count"/> articles most like this one by TF-IDF cosine, never itself.</summary>
    public ImmutableArray<Article> RelatedTo(Article article, int count)
    {
        ArgumentNullException.ThrowIfNull(article);
        return TryGetPosition(article, out var doc) ? _related.For(doc, count) : [];
    }

    /// <summary>The article's place in the order the index was built in (the snapshot's), if it is one of its articles.</summary>
    internal bool TryGetPosition(Article article, out int position) => DocById.TryGetValue(article.Id, out position);

    private Dictionary<string, int> DocById => _docById.GetAwaiter().GetResult();

    public SearchResults Search(string? text, int page, int pageSize) =>
        Search(new SearchRequest { Text = text, Page = page, PageSize = pageSize });

    public SearchResults Search(SearchRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var (text, pageSize) = (request.Text, request.PageSize);
        ArgumentOutOfRangeException.ThrowIfLessThan(pageSize, 1);
        var page = Math.Max(1, request.Page);
        var query = SearchQuery.Parse(text, _languages);
        if (_articles.IsEmpty)
        {
            return SearchResults.Empty(page, pageSize);
        }

        var within = request.Filters.IsEmpty ? null : _filters.Value.Resolve(request.Filters, TopicDocs);
        if (query.IsEmpty)
        {
            return within is null ? SearchResults.Empty(page, pageSize) : Listing(within, page, pageSize);
        }

        if (within is { Count: 0 })
        {
            return SearchResults.Empty(page, pageSize);
        }

        if (ListsOf(query) is not { } lists)
        {
            return WithSuggestion(new SearchResults([], 0, page, pageSize, null), text!);
        }

        var ranked = Rank(query, lists, page * pageSize, request.Order, within);
        var postings = Array.ConvertAll(lists, entry => entry.List);
        var hits = ranked.Docs.Skip((page - 1) * pageSize)
            .Select(doc => new SearchHit(_articles[doc], Snippets.Build(_articles[doc], query, PassageFinder.Find(postings, doc, _blocks.Of(doc)))))
            .ToImmutableArray();
        var results = new SearchResults(hits, ranked.Total, page, pageSize, null) { TotalIsEstimate = ranked.Estimated };
        return ranked.Total == 0 ? WithSuggestion(results, text!) : results;
    }

    /// <returns>The postings of the query's distinct terms, rarest first (the match walk follows the first); null when a term is in no article.</returns>
    private (string Term, PostingList List)[]? ListsOf(SearchQuery query)
    {
        var terms = query.Terms.ToArray();
        var lists = WordPostings.ListsOf(terms, ListOf);
        if (Array.IndexOf(lists, null) >= 0)
        {
            return null;
        }

        return [.. terms.Select((term, i) => (term, lists[i]!)).OrderBy(entry => entry.Item2.Count)];
    }

    /// <returns>The best <paramref name="keep"/> matches in order.</returns>
    /// <param name="within">The documents the search's filters let through; null for all.</param>
    private RankedMatches Rank(SearchQuery query, (string Term, PostingList List)[] lists, int keep, SearchOrder order, DocSet? within)
    {
        var sorted = lists.Select(entry => entry.List).ToArray();
        var slotOf = lists.Select((entry, slot) => (entry.Term, slot)).ToDictionary(x => x.Term, x => x.slot, StringComparer.Ordinal);
        var idfs = sorted.Select(list => (float)Math.Log(1 + ((_articles.Length - list.Count + 0.5) / (list.Count + 0.5)))).ToArray();

        using var matches = MatchSet.Find(sorted, idfs, _recency, within);
        int[][] phraseSlots = [.. query.Phrases.Select(phrase => phrase.Select(token => slotOf[token.Term]).ToArray())];
        int[] wordSlots = [.. query.Words.Select(token => slotOf[token.Term])];
        using var weigher = new MatchWeigher(matches, phraseSlots, wordSlots);
        return ResultRanker.Rank(matches, keep, weigher, order);
    }

    /// <summary>Whether a query finds anything: a suggestion is offered only if it does.</summary>
    private bool Finds(string text)
    {
        var query = SearchQuery.Parse(text, _languages);
        return !query.IsEmpty && ListsOf(query) is { } lists && Rank(query, lists, 1, SearchOrder.Newest, within: null).Docs.Count > 0;
    }

    /// <summary>
    /// A filter with no words: every article it lets through, newest first (the snapshot's order).
    /// With no word to look for, the snippet is the start of the standfirst, as a list shows it
    /// (looking for a passage would tokenise every article on the page for nothing).
    /// </summary>
    private SearchResults Listing(DocSet within, int page, int pageSize)
    {
        var hits = within.Docs(skip: (int)Math.Min((long)(page - 1) * pageSize, int.MaxValue)).Take(pageSize)
            .Select(doc => new SearchHit(_articles[doc], Snippets.Opening(_articles[doc].Standfirst ?? _articles[doc].Headline)))
            .ToImmutableArray();
        return new SearchResults(hits, within.Count, page, pageSize, null);
    }

    private IEnumerable<int> TopicDocs(string slug) =>
        _topicArticles(slug).Select(article => DocById.TryGetValue(article.Id, out var doc) ? doc : -1).Where(doc => doc >= 0);

    /// <summary>
    /// A query that found nothing never waits for the spelling vocabulary while it is first built
    /// (seconds for 100,000 articles): a request thread blocked on it is a thread the server cannot
    /// use, and a stream of zero-hit queries would block them all. Until it is ready the answer
    /// says so (SuggestionPending) and is not kept.
    /// </summary>
    private SearchResults WithSuggestion(SearchResults results, string text)
    {
        var vocabulary = _vocabulary.Value;
        return vocabulary.IsCompletedSuccessfully
            ? results with { Suggestion = vocabulary.Result.Suggest(text, Finds) }
            : results with { SuggestionPending = true };
    }

    private PostingList? ListOf(string term)
    {
        var id = TermIds.Find(term);
        return id >= 0 && id < _postings.Length ? _postings[id] : null;
    }
}
