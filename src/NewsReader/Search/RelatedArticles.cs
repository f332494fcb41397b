using System.Collections.Concurrent;
using System.Collections.Immutable;
using NewsReader.Articles;

namespace NewsReader.Search;

/// <summary>
/// "Related reading" by content: the cosine of TF-IDF vectors (term weights saturated as BM25
/// saturates them), computed from each article's most characteristic terms against the postings.
/// Worked out the first time an article is shown and kept for the snapshot's lifetime, so a
/// reload does not pay for every article up front.
/// </summary>
internal sealed class RelatedArticles
{
    /// <summary>An article is compared on its most distinctive terms; the rest barely move a cosine.</summary>
    private const int TermsPerArticle = 24;

    private const int Kept = 10;

    private readonly ImmutableArray<Article> _articles;
    private readonly PostingList?[] _postings;
    private readonly Lazy<float[]> _norms;
    private readonly ConcurrentDictionary<int, ImmutableArray<Article>> _cache = new();

    public RelatedArticles(ImmutableArray<Article> articles, PostingList?[] postings)
    {
        _articles = articles;
        _postings = postings;
        _norms = new Lazy<float[]>(ComputeNorms);
    }

    /// <param name="doc">The article's place in the snapshot.</param>
    /// <param name="count">How many at most.</param>
    public ImmutableArray<Article> For(int doc, int count) => _cache.GetOrAdd(doc, Compute).Take(count).ToImmutableArray();

    private float Idf(PostingList list) => (float)Math.Log((double)_articles.Length / list.Count);

    private float[] ComputeNorms()
    {
        var norms = new float[_articles.Length];
        foreach (var list in _postings)
        {
            if (list is null)
            {
                continue;
            }

            var step = Idf(list) * Bm25.ImpactUnit;
            for (var s = 0; s < list.SegmentCount; s++)
            {
                var docs = list.DocsIn(s);
                var impacts = list.ImpactsIn(s);
                var chunkNorms = norms.AsSpan(list.ChunkAt(s).FirstDoc);
                for (var i = 0; i < docs.Length; i++)
                {
                    var w = impacts[i] * step;
                    chunkNorms[docs[i]] += w * w;
                }
            }
        }

        for (var i = 0; i < norms.Length; i++)
        {
            norms[i] = MathF.Sqrt(norms[i]);
        }

        return norms;
    }

    private ImmutableArray<Article> Compute(int doc)
    {
        var norms = _norms.Value;
        var mine = MostCharacteristicTerms(doc);
        var scores = new Dictionary<int, float>();
        foreach (var (list, myWeight) in mine)
        {
            var step = myWeight * Idf(list) * Bm25.ImpactUnit;
            for (var s = 0; s < list.SegmentCount; s++)
            {
                var docs = list.DocsIn(s);
                var impacts = list.ImpactsIn(s);
                var first = list.ChunkAt(s).FirstDoc;
                for (var i = 0; i < docs.Length; i++)
                {
                    var other = first + docs[i];
                    if (other != doc)
                    {
                        scores[other] = scores.GetValueOrDefault(other) + (impacts[i] * step);
                    }
                }
            }
        }

        var headline = _articles[doc].Headline;
        return [.. scores
            .Where(s => norms[s.Key] > 0 && !string.Equals(_articles[s.Key].Headline, headline, StringComparison.OrdinalIgnoreCase))
            .OrderByDescending(s => s.Value / (norms[s.Key] * norms[doc]))
            .ThenBy(s => s.Key)
            .Take(Kept)
            .Select(s => _articles[s.Key])];
    }

    /// <summary>The article's own terms with their TF-IDF weight in it, read back from the postings.</summary>
    private IEnumerable<(PostingList List, float Weight)> MostCharacteristicTerms(int doc)
    {
        var terms = DocumentTerms.Of(_articles[doc]);
        return terms.Ids.Take(terms.Count)
            .Select(id => id < _postings.Length ? _postings[id] : null)
            .OfType<PostingList>()
            .Select(list => (List: list, Found: list.TryGetImpact(doc, out var impact), Impact: impact))
            .Where(t => t.Found)
            .Select(t => (t.List, Weight: t.Impact * Idf(t.List)))
            .Where(t => t.Weight > 0)
            .OrderByDescending(t => t.Weight)
            .Take(TermsPerArticle);
    }
}
