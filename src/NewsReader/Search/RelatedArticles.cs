using System.Buffers;
using System.Collections.Concurrent;
using System.Collections.Immutable;
using NewsReader.Articles;

namespace NewsReader.Search;

/// <summary>
/// "Related reading": articles that share this one's most characteristic words (the cosine of
/// TF-IDF vectors, term weights saturated as BM25 saturates them, the words of its headline and
/// topics counted for more), re-ranked by the topics and headline words they share, their section
/// and their age (<see cref="RelatedRanking"/>). Worked out the first time an article is shown and
/// kept for the snapshot's lifetime, so a reload does not pay for every article up front.
/// </summary>
internal sealed class RelatedArticles
{
    /// <summary>An article is compared on its most distinctive terms; the rest barely move a cosine.</summary>
    private const int TermsPerArticle = 40;

    /// <summary>A word of the headline or a topic's name says more about the story than a word of the body.</summary>
    private const float HeadlineOrTopicBoost = 2f;

    /// <summary>How many of the closest by words are re-ranked: the rest are never near the top.</summary>
    private const int Candidates = 40;

    private const int Kept = 10;

    private readonly ImmutableArray<Article> _articles;
    private readonly PostingList?[] _postings;
    private readonly Lazy<float[]> _norms;
    private readonly RelatedRanking _ranking;
    private readonly ConcurrentDictionary<int, ImmutableArray<Article>> _cache = new();

    public RelatedArticles(ImmutableArray<Article> articles, PostingList?[] postings)
    {
        _articles = articles;
        _postings = postings;
        _norms = new Lazy<float[]>(ComputeNorms);
        _ranking = new RelatedRanking(articles, postings);
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
        // One slot per article, rented: a dictionary of scores cost ten times as much once common
        // words' postings are walked (tens of thousands of articles). Other renters may hand the
        // array back dirty, so it is cleared first (a few microseconds at 100,000 articles).
        var scores = ArrayPool<float>.Shared.Rent(_articles.Length);
        Array.Clear(scores, 0, _articles.Length);
        var touched = new List<int>();
        try
        {
            foreach (var (list, myWeight) in MostCharacteristicTerms(doc))
            {
                var step = myWeight * Idf(list) * Bm25.ImpactUnit;
                for (var s = 0; s < list.SegmentCount; s++)
                {
                    var docs = list.DocsIn(s);
                    var impacts = list.ImpactsIn(s);
                    var chunkScores = scores.AsSpan(list.ChunkAt(s).FirstDoc);
                    for (var i = 0; i < docs.Length; i++)
                    {
                        ref var score = ref chunkScores[docs[i]];
                        if (score == 0)
                        {
                            // Marked at once, so a zero impact cannot list the article twice.
                            touched.Add(list.ChunkAt(s).FirstDoc + docs[i]);
                            score = float.Epsilon;
                        }

                        score += impacts[i] * step;
                    }
                }
            }

            return [.. _ranking.Rank(doc, Closest(doc, scores, touched, norms)).Take(Kept).Select(other => _articles[other])];
        }
        finally
        {
            ArrayPool<float>.Shared.Return(scores);
        }
    }

    /// <summary>The <see cref="Candidates"/> highest cosines, never the article itself or one with its headline.</summary>
    private List<(int Doc, float Cosine)> Closest(int doc, float[] scores, List<int> touched, float[] norms)
    {
        var best = new PriorityQueue<int, (float Cosine, int NegativeDoc)>(Candidates + 1);
        var headline = _articles[doc].Headline;
        foreach (var other in touched)
        {
            if (other == doc || norms[other] == 0)
            {
                continue;
            }

            var key = (scores[other] / (norms[other] * norms[doc]), -other);
            if (best.Count < Candidates || (best.TryPeek(out _, out var worst) && key.CompareTo(worst) > 0))
            {
                if (string.Equals(_articles[other].Headline, headline, StringComparison.OrdinalIgnoreCase))
                {
                    continue;
                }

                best.Enqueue(other, key);
                if (best.Count > Candidates)
                {
                    best.Dequeue();
                }
            }
        }

        var closest = new List<(int Doc, float Cosine)>(best.Count);
        while (best.TryDequeue(out var other, out var key))
        {
            closest.Add((other, key.Cosine));
        }

        closest.Reverse();
        return closest;
    }

    /// <summary>
    /// The article's own terms with their TF-IDF weight in it, read back from the postings; the
    /// words of its headline and topics weigh more, so two reports of one story meet on its names.
    /// </summary>
    private IEnumerable<(PostingList List, float Weight)> MostCharacteristicTerms(int doc)
    {
        var terms = DocumentTerms.Of(_articles[doc]);
        var salient = _ranking.SalientTerms(doc);
        return terms.Ids.Take(terms.Count)
            .Select(id => (Id: id, List: id < _postings.Length ? _postings[id] : null))
            .Where(t => t.List is not null)
            .Select(t => (t.Id, List: t.List!, Found: t.List!.TryGetImpact(doc, out var impact), Impact: impact))
            .Where(t => t.Found)
            .Select(t => (t.List, Weight: t.Impact * Idf(t.List) * (salient.Contains(t.Id) ? HeadlineOrTopicBoost : 1f)))
            .Where(t => t.Weight > 0)
            .OrderByDescending(t => t.Weight)
            .Take(TermsPerArticle);
    }
}
