using System.Collections.Concurrent;
using System.Collections.Immutable;
using NewsReader.Articles;

namespace NewsReader.Search;

/// <summary>
/// Orders the articles closest to one by words as a reader would: sharing a named topic or words of
/// the headline means the same story, the same section means the same subject, and of two equally
/// close articles the more recent is the better read. Links that only share common words are left
/// out: a short list is better than "Moving mobile improves golf swing" under a summit report.
/// </summary>
internal sealed class RelatedRanking
{
    /// <summary>What sharing every (weighted) topic adds to a cosine, which is seldom above 0.5.</summary>
    private const float TopicWeight = 0.5f;

    /// <summary>What sharing every (weighted) headline word adds.</summary>
    private const float HeadlineWeight = 0.3f;

    /// <summary>An article filed in another section must be this much closer to be shown before one in the same section.</summary>
    private const float OtherSection = 0.6f;

    /// <summary>
    /// How much of the topics (weighted) an article filed elsewhere must share to be shown at all:
    /// one place named in passing by both (a golf tournament in Japan, a missile over Japan) is not enough.
    /// </summary>
    private const float CrossSectionTopics = 0.2f;

    /// <summary>
    /// A name an article mentions once, in passing, is below this salience (a mention counts 1;
    /// the headline, the lead or a second mention raise it): for an article filed elsewhere only the
    /// names both articles are about count, not the places a golf report and a missile report both pass through.
    /// </summary>
    private const float ProminentSalience = 2f;

    /// <summary>An undated article is taken to be of middling age.</summary>
    private const float Undated = 0.95f;

    /// <summary>Below this (a low cosine, nothing in common by name) an article is not related, however few others are.</summary>
    private const float MinScore = 0.05f;

    private readonly ImmutableArray<Article> _articles;
    private readonly PostingList?[] _postings;
    private readonly Lazy<DateTimeOffset?> _newest;
    // Bounded by the snapshot's own topics: no request adds to it.
    private readonly ConcurrentDictionary<string, float> _topicWeights = new(StringComparer.OrdinalIgnoreCase);

    public RelatedRanking(ImmutableArray<Article> articles, PostingList?[] postings)
    {
        _articles = articles;
        _postings = postings;
        _newest = new Lazy<DateTimeOffset?>(() => articles.Max(a => a.Published));
    }

    /// <summary>The terms of the article's headline and topic names.</summary>
    public HashSet<int> SalientTerms(int doc)
    {
        var article = _articles[doc];
        return [.. TermsOf(article, article.Headline), .. TermsOf(article, string.Join(" \n ", article.Topics))];
    }

    /// <summary>The candidates' documents, best first, those with nothing much in common left out.</summary>
    public IEnumerable<int> Rank(int doc, IEnumerable<(int Doc, float Cosine)> closest)
    {
        var me = _articles[doc];
        var myHeadline = Weighted(TermsOf(me, me.Headline));
        var myTopics = TopicWeights(me);
        return closest
            .Select(c => (c.Doc, Score: Score(me, myHeadline, myTopics, _articles[c.Doc], c.Cosine)))
            .Where(c => c.Score >= MinScore)
            .OrderByDescending(c => c.Score)
            .ThenBy(c => c.Doc)
            .Select(c => c.Doc);
    }

    private float Score(Article me, Dictionary<int, float> myHeadline, Dictionary<string, float> myTopics, Article other, float cosine)
    {
        var headline = Overlap(myHeadline, Weighted(TermsOf(other, other.Headline)));
        var topics = Overlap(myTopics, TopicWeights(other));
        var sameSection = me.Section is null || string.Equals(me.Section, other.Section, StringComparison.Ordinal);
        if (!sameSection && Overlap(Prominent(me, myTopics), Prominent(other, TopicWeights(other))) < CrossSectionTopics)
        {
            // Filed elsewhere and naming nothing this article names: another story that happens to
            // use some of the same words (in a small multilingual site, often just "de" and "la").
            return 0;
        }

        var section = sameSection ? 1f : OtherSection;
        return (cosine + (TopicWeight * topics) + (HeadlineWeight * headline)) * section * Recency(other);
    }

    /// <summary>1 for the newest article, falling towards 0.85 over a year or so: a tie-breaker, not a filter.</summary>
    private float Recency(Article other)
    {
        if (other.Published is not { } published || _newest.Value is not { } newest)
        {
            return Undated;
        }

        var days = Math.Max(0, (newest - published).TotalDays);
        return 0.85f + (0.15f * (float)Math.Exp(-days / 180));
    }

    /// <summary>The weighted share of two sets' keys held in common: a cosine of their indicator vectors.</summary>
    private static float Overlap<T>(Dictionary<T, float> mine, Dictionary<T, float> theirs)
        where T : notnull
    {
        var (shared, myTotal, theirTotal) = (0f, 0f, 0f);
        foreach (var (key, weight) in mine)
        {
            myTotal += weight * weight;
            if (theirs.ContainsKey(key))
            {
                shared += weight * weight;
            }
        }

        foreach (var weight in theirs.Values)
        {
            theirTotal += weight * weight;
        }

        return myTotal == 0 || theirTotal == 0 ? 0 : shared / MathF.Sqrt(myTotal * theirTotal);
    }

    private Dictionary<int, float> Weighted(IEnumerable<int> terms) => terms.Distinct().ToDictionary(id => id, Idf);

    /// <summary>
    /// Each topic's weight in the article: its rarity, times its salience (topics come most
    /// mentioned first), so the two leaders a summit report is about count for more than the
    /// countries on the itinerary it lists in passing.
    /// </summary>
    private Dictionary<string, float> TopicWeights(Article article)
    {
        var weights = new Dictionary<string, float>(StringComparer.OrdinalIgnoreCase);
        foreach (var topic in article.Topics)
        {
            weights.TryAdd(topic, WeightOfTopic(article, topic) / MathF.Sqrt(1 + weights.Count));
        }

        return weights;
    }

    /// <summary>The weights of the topics the article is about rather than mentions once (tags always are).</summary>
    private static Dictionary<string, float> Prominent(Article article, Dictionary<string, float> weights)
    {
        var passing = article.TopicCandidates.Where(c => c.Salience < ProminentSalience).Select(c => c.Name).ToHashSet(StringComparer.OrdinalIgnoreCase);
        return passing.Count == 0 ? weights : weights.Where(w => !passing.Contains(w.Key)).ToDictionary(StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>A topic is as rare as its rarest word: "Kim Jong Un" far rarer than "UK".</summary>
    private float WeightOfTopic(Article article, string topic) =>
        _topicWeights.GetOrAdd(topic, static (name, state) => TermsOf(state.article, name).Select(state.Item1.Idf).DefaultIfEmpty(0).Max(), (this, article));

    private float Idf(int term) =>
        term < _postings.Length && _postings[term] is { } list ? (float)Math.Log(1 + ((double)_articles.Length / list.Count)) : 0;

    /// <summary>The index's terms for a piece of an article's text, analysed as the article's own words are.</summary>
    private static IEnumerable<int> TermsOf(Article article, string text)
    {
        var terms = DocumentTerms.Of(article with { Headline = text, Body = [], Caption = null, Standfirst = null });
        return terms.Ids.Take(terms.Count);
    }
}
