using System.Collections.Immutable;
using NewsReader.Articles;

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
    // neighbours through it too, so there is one such lookup per snapshot.
    private readonly Dictionary<string, int> _docById;

    private SearchIndex(ImmutableArray<Article> articles, (PostingList?[] Postings, BlockPositions Blocks) built)
    {
        var postings = built.Postings;
        _articles = articles;
        _postings = postings;
        _blocks = built.Blocks;
        // A small site reads its words at once (a fraction of a second), so even its first query
        // gets its suggestion; a large one reads them in the background.
        _vocabulary = new Lazy<Task<SpellingVocabulary>>(() => articles.Length <= VocabularyReadInline
            ? Task.FromResult(SpellingVocabulary.Of(articles))
            : Task.Run(() => SpellingVocabulary.Of(articles)));
        _related = new RelatedArticles(articles, postings);
        _recency = RecencyPrior.Of(articles);
        _docById = articles.Select((a, i) => KeyValuePair.Create(a.Id, i)).ToDictionary(StringComparer.OrdinalIgnoreCase);
    }

    public static SearchIndex Empty { get; } = Build([]);

    /// <summary>How many distinct terms the articles contain.</summary>
    public int TermCount => _postings.Count(list => list is not null);

    /// <summary>An estimate of the postings' own arrays, for the benchmarks.</summary>
    public long ApproximateBytes => _postings.SelectMany(list => list?.Chunks ?? []).Distinct().Sum(chunk => chunk.Size) + _blocks.Size;

    /// <param name="articles">The snapshot's articles, in its order.</param>
    public static SearchIndex Build(ImmutableArray<Article> articles)
    {
        return new SearchIndex(articles, SearchIndexBuilder.Build(articles));
    }

    /// <summary>Starts reading the spelling vocabulary if no query has yet; completes when suggestions are ready.</summary>
    public Task SuggestionsReady() => _vocabulary.Value;

    /// <summary>Up to <paramref name="count"/> articles most like this one by TF-IDF cosine, never itself.</summary>
    public ImmutableArray<Article> RelatedTo(Article article, int count)
    {
        ArgumentNullException.ThrowIfNull(article);
        return TryGetPosition(article, out var doc) ? _related.For(doc, count) : [];
    }

    /// <summary>The article's place in the order the index was built in (the snapshot's), if it is one of its articles.</summary>
    internal bool TryGetPosition(Article article, out int position) => _docById.TryGetValue(article.Id, out position);

    public SearchResults Search(string? text, int page, int pageSize) =>
        Search(new SearchRequest { Text = text, Page = page, PageSize = pageSize });

    public SearchResults Search(SearchRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var (text, pageSize) = (request.Text, request.PageSize);
        ArgumentOutOfRangeException.ThrowIfLessThan(pageSize, 1);
        var page = Math.Max(1, request.Page);
        var query = SearchQuery.Parse(text);
        if (query.IsEmpty || _articles.IsEmpty)
        {
            return SearchResults.Empty(page, pageSize);
        }

        if (ListsOf(query) is not { } lists)
        {
            return WithSuggestion(new SearchResults([], 0, page, pageSize, null), text!);
        }

        var ranked = Rank(query, lists, page * pageSize, request.Order);
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
        var lists = new List<(string Term, PostingList List)>();
        foreach (var term in query.Terms)
        {
            if (ListOf(term) is not { } list)
            {
                return null;
            }

            lists.Add((term, list));
        }

        return [.. lists.OrderBy(entry => entry.List.Count)];
    }

    /// <returns>The best <paramref name="keep"/> matches in order.</returns>
    private RankedMatches Rank(SearchQuery query, (string Term, PostingList List)[] lists, int keep, SearchOrder order)
    {
        var sorted = lists.Select(entry => entry.List).ToArray();
        var slotOf = lists.Select((entry, slot) => (entry.Term, slot)).ToDictionary(x => x.Term, x => x.slot, StringComparer.Ordinal);
        var idfs = sorted.Select(list => (float)Math.Log(1 + ((_articles.Length - list.Count + 0.5) / (list.Count + 0.5)))).ToArray();

        using var matches = MatchSet.Find(sorted, idfs, _recency);
        int[][] phraseSlots = [.. query.Phrases.Select(phrase => phrase.Select(token => slotOf[token.Term]).ToArray())];
        int[] wordSlots = [.. query.Words.Select(token => slotOf[token.Term])];
        using var weigher = new MatchWeigher(matches, phraseSlots, wordSlots);
        return ResultRanker.Rank(matches, keep, weigher, order);
    }

    /// <summary>Whether a query finds anything: a suggestion is offered only if it does.</summary>
    private bool Finds(string text)
    {
        var query = SearchQuery.Parse(text);
        return !query.IsEmpty && ListsOf(query) is { } lists && Rank(query, lists, 1, SearchOrder.Newest).Docs.Count > 0;
    }

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
