using System.Text.RegularExpressions;

namespace NewsReader.Benchmarks.Extraction;

/// <summary>
/// Word-shingle agreement of an extracted body with the true one, computed as the public
/// article-extraction-benchmark (scrapinghub, evaluate.py) does: words are runs of letters, digits
/// and underscores (Python's <c>\w+</c>), case kept as written (the benchmark does not lower-case);
/// shingles are 4 consecutive words counted as a multiset; a text of fewer than 4 words is one
/// shingle of all its words. tp/fp/fn are summed over shingles; a page's precision and recall follow
/// the benchmark's edge rules (nothing wrong = 1; nothing found = 0).
/// </summary>
internal sealed record ShingleScore(double TruePositives, double FalsePositives, double FalseNegatives)
{
    public const int Size = 4;

    // Python's \w on str is isalnum() or '_': letters and every number category, not combining marks.
    private static readonly Regex Word = new(@"[\p{L}\p{N}_]+", RegexOptions.CultureInvariant);

    /// <summary>Null when the page has no predicted shingles: the benchmark leaves it out of the precision mean.</summary>
    public double? Precision =>
        FalsePositives == 0 && FalseNegatives == 0 ? 1 :
        TruePositives == 0 && FalsePositives == 0 ? null :
        TruePositives / (TruePositives + FalsePositives);

    /// <summary>Null when the true body has no shingles: the benchmark leaves it out of the recall mean.</summary>
    public double? Recall =>
        FalsePositives == 0 && FalseNegatives == 0 ? 1 :
        TruePositives == 0 && FalseNegatives == 0 ? null :
        TruePositives / (TruePositives + FalseNegatives);

    public static ShingleScore Compare(string truth, string predicted)
    {
        var expected = Shingles(truth);
        var actual = Shingles(predicted);
        double tp = 0, fp = 0, fn = 0;
        foreach (var key in expected.Keys.Union(actual.Keys))
        {
            var e = expected.GetValueOrDefault(key);
            var a = actual.GetValueOrDefault(key);
            tp += Math.Min(e, a);
            fp += Math.Max(0, a - e);
            fn += Math.Max(0, e - a);
        }

        return new ShingleScore(tp, fp, fn);
    }

    public static IReadOnlyList<string> Words(string text) => [.. Word.Matches(text).Select(match => match.Value)];

    public static Dictionary<string, int> Shingles(string text)
    {
        var words = Words(text);
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < Math.Max(1, words.Count - Size + 1); i++)
        {
            var shingle = string.Join(' ', words.Skip(i).Take(Size));
            if (shingle.Length > 0)
            {
                counts[shingle] = counts.GetValueOrDefault(shingle) + 1;
            }
        }

        return counts;
    }
}
