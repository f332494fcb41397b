using System.Collections.Concurrent;
using System.Collections.Immutable;
using NewsReader.Articles;

namespace NewsReader.Search;

/// <summary>
/// "Related reading" by content: the cosine of TF-IDF vectors, computed from each article's most
/// characteristic terms against the postings. Worked out the first time an article is shown and
/// kept for the snapshot's lifetime, so a reload does not pay for every article up front.
/// </summary>
internal sealed class RelatedArticles
{
    /// <summary>An article is compared on its most distinctive terms; the rest barely move a cosine.</summary>
    private const int TermsPerArticle = 24;

    private readonly ImmutableArray<Article> _articles;
    private readonly Dictionary<string, PostingList> _postings;
    private readonly DocumentTerms[] _documents;
    private readonly Dictionary<string, int> _positionById;
    private readonly Lazy<double[]> _norms;
    private readonly ConcurrentDictionary<int, ImmutableArray<Article>> _cache = new();

    public RelatedArticles(ImmutableArray<Article> articles, Dictionary<string, PostingList> postings, DocumentTerms[] documents)
    {
        _articles = articles;
        _postings = postings;
        _documents = documents;
        _positionById = articles.Select((a, i) => (a.Id, i)).ToDictionary(x => x.Id, x => x.i, StringComparer.OrdinalIgnoreCase);
        _norms = new Lazy<double[]>(ComputeNorms);
    }

    public ImmutableArray<Article> For(Article article, int count)
    {
        ArgumentNullException.ThrowIfNull(article);
        return _positionById.TryGetValue(article.Id, out var doc)
            ? _cache.GetOrAdd(doc, Compute).Take(count).ToImmutableArray()
            : [];
    }

    private double Idf(PostingList list) => Math.Log((double)_articles.Length / list.Count);

    private double[] ComputeNorms()
    {
        var norms = new double[_articles.Length];
        foreach (var list in _postings.Values)
        {
            var idf = Idf(list);
            var docs = list.Docs;
            var weights = list.Weights;
            for (var i = 0; i < docs.Length; i++)
            {
                var w = weights[i] * idf;
                norms[docs[i]] += w * w;
            }
        }

        for (var i = 0; i < norms.Length; i++)
        {
            norms[i] = Math.Sqrt(norms[i]);
        }

        return norms;
    }

    private ImmutableArray<Article> Compute(int doc)
    {
        var norms = _norms.Value;
        var mine = _documents[doc].Terms
            .Select(term => (List: _postings[term.Key], Weight: term.Value.Weight))
            .Select(t => (t.List, Score: t.Weight * Idf(t.List)))
            .Where(t => t.Score > 0)
            .OrderByDescending(t => t.Score)
            .Take(TermsPerArticle);

        var scores = new Dictionary<int, double>();
        foreach (var (list, myWeight) in mine)
        {
            var idf = Idf(list);
            var docs = list.Docs;
            var weights = list.Weights;
            for (var i = 0; i < docs.Length; i++)
            {
                if (docs[i] != doc)
                {
                    scores[docs[i]] = scores.GetValueOrDefault(docs[i]) + (myWeight * weights[i] * idf);
                }
            }
        }

        var headline = _articles[doc].Headline;
        return [.. scores
            .Where(s => norms[s.Key] > 0 && !string.Equals(_articles[s.Key].Headline, headline, StringComparison.OrdinalIgnoreCase))
            .OrderByDescending(s => s.Value / (norms[s.Key] * norms[doc]))
            .ThenBy(s => s.Key)
            .Take(10)
            .Select(s => _articles[s.Key])];
    }
}
