namespace NewsReader.Benchmarks.Extraction;

/// <summary>
/// One page of the trafilatura evaluation: how many of the segments the main text must contain
/// (<c>with</c>) it kept, and how many of those it must not contain (<c>without</c>) it left out.
/// trafilatura compares each segment as a case-sensitive substring of its own output; here both the
/// body and the segment have their whitespace collapsed first (runs of white space become one space),
/// because the app's text joins blocks with blank lines where trafilatura's joins them with one newline.
/// Counts add up, so a corpus total is the sum of its pages.
/// </summary>
internal sealed record SegmentScore(int Kept, int Lost, int Leaked, int LeftOut)
{
    public static SegmentScore Zero { get; } = new(0, 0, 0, 0);

    /// <summary>Share of <c>with</c> segments found (trafilatura's recall).</summary>
    public double Recall => Ratio(Kept, Kept + Lost);

    /// <summary>Share of <c>without</c> segments absent.</summary>
    public double Exclusion => Ratio(LeftOut, LeftOut + Leaked);

    /// <summary>trafilatura's precision: of the segments found, the share that belong (tp / (tp + fp)).</summary>
    public double Precision => Ratio(Kept, Kept + Leaked);

    /// <summary>trafilatura's F-score, 2tp / (2tp + fp + fn).</summary>
    public double F1 => Ratio(2 * Kept, (2 * Kept) + Leaked + Lost);

    public double Accuracy => Ratio(Kept + LeftOut, Kept + Lost + Leaked + LeftOut);

    /// <param name="body">The extracted text, or null when the page was not published (every <c>with</c> is lost, every <c>without</c> left out, as trafilatura counts a missing result).</param>
    public static SegmentScore Of(string? body, IEnumerable<string> with, IEnumerable<string> without)
    {
        if (body is null)
        {
            return new SegmentScore(0, with.Count(), 0, without.Count());
        }

        var text = Collapse(body);
        var kept = with.Count(segment => text.Contains(Collapse(segment), StringComparison.Ordinal));
        var leaked = without.Count(segment => text.Contains(Collapse(segment), StringComparison.Ordinal));
        return new SegmentScore(kept, with.Count() - kept, leaked, without.Count() - leaked);
    }

    public static string Collapse(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    public SegmentScore Add(SegmentScore other) =>
        new(Kept + other.Kept, Lost + other.Lost, Leaked + other.Leaked, LeftOut + other.LeftOut);

    private static double Ratio(int part, int whole) => whole == 0 ? 1 : (double)part / whole;
}
