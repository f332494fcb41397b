using System.Collections.Immutable;
using NewsReader.Articles;

namespace NewsReader.Search;

/// <summary>
/// A slight preference for newer articles: of two equally good matches a reader wants the recent
/// one. It multiplies a score by at most 1 + <see cref="Weight"/>, so it settles ties and near
/// ties and never lifts a weak match over a strong one. Age is counted from the newest article
/// of the snapshot, not the clock, so results do not drift while a snapshot stands.
/// </summary>
internal static class RecencyPrior
{
    /// <summary>The most a score can gain by being new.</summary>
    public const float Weight = 0.02f;

    /// <summary>An article this many days older than the newest gets half the newest's gain.</summary>
    private const double HalfGainDays = 30;

    /// <returns>Per article, the factor its scores are multiplied by (1 for an undated one).</returns>
    public static float[] Of(ImmutableArray<Article> articles)
    {
        var priors = new float[articles.Length];
        var newest = DateTimeOffset.MinValue;
        foreach (var article in articles)
        {
            newest = article.Published > newest ? article.Published.Value : newest;
        }

        for (var i = 0; i < articles.Length; i++)
        {
            var age = articles[i].Published is { } published ? (newest - published).TotalDays : double.PositiveInfinity;
            priors[i] = 1 + (float)(Weight / (1 + (Math.Max(0, age) / HalfGainDays)));
        }

        return priors;
    }
}
