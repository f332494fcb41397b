using System.Buffers;
using System.Collections.Immutable;
using NewsReader.Articles;

namespace NewsReader.Search;

/// <summary>
/// A full-text index of one snapshot's articles, built once and never changed, so searches need
/// no locks. A result contains every query word (in any of its forms) and every quoted phrase
/// word for word; results are ranked by BM25 with the headline weighted above the body.
/// </summary>
public sealed class SearchIndex
{
    private const double K1 = 1.2;
    private const double B = 0.75;
    private const double ExactSequenceBoost = 3;

    private readonly ImmutableArray<Article> _articles;
    // Never changed after the build, so concurrent reads are safe; cheaper to build than a frozen dictionary.
    private readonly Dictionary<string, PostingList> _postings;
    private readonly float[] _lengths;
    private readonly double _averageLength;

    // Suggestions are needed only when a query finds nothing: reloads should not pay for them.
    private readonly Lazy<SpellingVocabulary> _vocabulary;
    private readonly RelatedArticles _related;

    private SearchIndex(ImmutableArray<Article> articles, Dictionary<string, PostingList> postings, float[] lengths, DocumentTerms[] documents)
    {
        _articles = articles;
        _postings = postings;
        _lengths = lengths;
        _averageLength = lengths.Length == 0 ? 1 : Math.Max(1, lengths.Average());
        _vocabulary = new Lazy<SpellingVocabulary>(() => SpellingVocabulary.Of(articles));
        _related = new RelatedArticles(articles, postings, documents);
    }

    public static SearchIndex Empty { get; } = Build([]);

    public int TermCount => _postings.Count;

    /// <summary>An estimate of the index's own arrays, for the benchmarks.</summary>
    public long ApproximateBytes => _postings.Values.Sum(p => p.Bytes) + (_lengths.Length * 4L);

    /// <param name="articles">The snapshot's articles, in its order.</param>
    /// <param name="cache">Terms of articles from the previous build, so unchanged articles are not tokenised again.</param>
    public static SearchIndex Build(ImmutableArray<Article> articles, DocumentTermsCache? cache = null)
    {
        var documents = new DocumentTerms[articles.Length];
        var used = new System.Collections.Concurrent.ConcurrentDictionary<string, DocumentTerms>(StringComparer.Ordinal);
        Parallel.For(0, articles.Length, i => documents[i] = cache is null ? DocumentTerms.Of(articles[i]) : cache.Get(articles[i], used));
        cache?.Keep(used);

        var builders = new Dictionary<string, PostingListBuilder>(StringComparer.Ordinal);
        var lengths = new float[articles.Length];
        for (var doc = 0; doc < documents.Length; doc++)
        {
            lengths[doc] = documents[doc].Length;
            foreach (var (term, occurrence) in documents[doc].Terms)
            {
                if (!builders.TryGetValue(term, out var builder))
                {
                    builders[term] = builder = new PostingListBuilder();
                }

                builder.Add(doc, occurrence.Weight, occurrence.Positions);
            }

        }

        var postings = builders.ToDictionary(entry => entry.Key, entry => entry.Value.Build(), StringComparer.Ordinal);
        return new SearchIndex(articles, postings, lengths, documents);
    }

    /// <summary>Up to <paramref name="count"/> articles most like this one by TF-IDF cosine, never itself.</summary>
    public ImmutableArray<Article> RelatedTo(Article article, int count) => _related.For(article, count);

    public SearchResults Search(string? text, int page, int pageSize)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(pageSize, 1);
        page = Math.Max(1, page);
        var query = SearchQuery.Parse(text);
        if (query.IsEmpty || _articles.IsEmpty)
        {
            return SearchResults.Empty(page, pageSize);
        }

        var terms = query.Terms.Select(term => (Term: term, List: _postings.GetValueOrDefault(term))).ToList();
        var scores = ArrayPool<double>.Shared.Rent(_articles.Length);
        var matched = ArrayPool<int>.Shared.Rent(_articles.Length);
        try
        {
            Array.Clear(scores, 0, _articles.Length);
            Array.Clear(matched, 0, _articles.Length);
            var candidates = Score(terms, scores, matched);
            var ranked = Rank(query, terms.Count, candidates, scores, matched, page * pageSize, ContainsPhrase, out var total);
            var hits = ranked.Skip((page - 1) * pageSize)
                .Select(doc => new SearchHit(_articles[doc], scores[doc], Snippets.Build(_articles[doc], query)))
                .ToImmutableArray();
            var suggestion = total == 0 ? _vocabulary.Value.Suggest(text!) : null;
            return new SearchResults(hits, total, page, pageSize, suggestion);
        }
        finally
        {
            ArrayPool<double>.Shared.Return(scores);
            ArrayPool<int>.Shared.Return(matched);
        }
    }

    private List<int> Score(List<(string Term, PostingList? List)> terms, double[] scores, int[] matched)
    {
        var candidates = new List<int>();
        foreach (var (_, list) in terms)
        {
            if (list is null)
            {
                continue;
            }

            var idf = Math.Log(1 + ((_articles.Length - list.Count + 0.5) / (list.Count + 0.5)));
            var docs = list.Docs;
            var weights = list.Weights;
            for (var i = 0; i < docs.Length; i++)
            {
                var doc = docs[i];
                if (matched[doc] == 0)
                {
                    candidates.Add(doc);
                }

                var tf = weights[i];
                scores[doc] += idf * tf * (K1 + 1) / (tf + (K1 * (1 - B + (B * _lengths[doc] / _averageLength))));
                matched[doc]++;
            }
        }

        return candidates;
    }

    /// <summary>
    /// Keeps documents that contain every term and every phrase, ordered by score, then by the
    /// snapshot's order so that equal scores page the same way every time; only the top
    /// <paramref name="keep"/> are sorted.
    /// </summary>
    private static List<int> Rank(SearchQuery query, int termCount, List<int> candidates, double[] scores, int[] matched, int keep, Func<int, ImmutableArray<SearchToken>, bool> containsPhrase, out int total)
    {
        var top = new PriorityQueue<int, (double Score, int Order)>(keep + 1);
        total = 0;
        foreach (var doc in candidates)
        {
            if (matched[doc] < termCount || !query.Phrases.All(phrase => containsPhrase(doc, phrase)))
            {
                continue;
            }

            total++;
            if (query.Words.Length > 1 && containsPhrase(doc, query.Words))
            {
                // The words as typed, in order: the likeliest meaning of a pasted sentence or a name.
                scores[doc] *= ExactSequenceBoost;
            }

            top.Enqueue(doc, (scores[doc], -doc));
            if (top.Count > keep)
            {
                top.Dequeue();
            }
        }

        var ranked = new List<int>(top.Count);
        while (top.Count > 0)
        {
            ranked.Add(top.Dequeue());
        }

        ranked.Reverse();
        return ranked;
    }

    private bool ContainsPhrase(int doc, ImmutableArray<SearchToken> phrase)
    {
        var lists = new PostingList[phrase.Length];
        var indexes = new int[phrase.Length];
        for (var i = 0; i < phrase.Length; i++)
        {
            if (!_postings.TryGetValue(phrase[i].Term, out var list) || (indexes[i] = list.IndexOf(doc)) < 0)
            {
                return false;
            }

            lists[i] = list;
        }

        foreach (var start in lists[0].PositionsAt(indexes[0]))
        {
            var all = true;
            for (var i = 1; i < phrase.Length && all; i++)
            {
                all = lists[i].PositionsAt(indexes[i]).BinarySearch(start + i) >= 0;
            }

            if (all)
            {
                return true;
            }
        }

        return false;
    }
}
