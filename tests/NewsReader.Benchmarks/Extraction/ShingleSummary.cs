namespace NewsReader.Benchmarks.Extraction;

/// <summary>
/// Precision, recall and F1 over a set of pages: P and R are means of the pages' own P and R, and F1 is
/// their harmonic mean, as the benchmark reports it. <paramref name="UnpublishedAsZero"/> says whether a
/// page the app did not publish counts 0 in both means (this project's headline figure) or, as the
/// benchmark does for an empty prediction, is left out of the precision mean and counts 0 in recall.
/// </summary>
internal sealed record ShingleSummary(double Precision, double Recall, double F1, int Pages)
{
    public static ShingleSummary Of(IReadOnlyList<ShingleScore?> pages, bool unpublishedAsZero)
    {
        var precisions = new List<double>();
        var recalls = new List<double>();
        foreach (var page in pages)
        {
            if (page is null)
            {
                recalls.Add(0);
                if (unpublishedAsZero)
                {
                    precisions.Add(0);
                }

                continue;
            }

            if (page.Precision is { } p)
            {
                precisions.Add(p);
            }

            if (page.Recall is { } r)
            {
                recalls.Add(r);
            }
        }

        var precision = precisions.Count == 0 ? 0 : precisions.Average();
        var recall = recalls.Count == 0 ? 0 : recalls.Average();
        var f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        return new ShingleSummary(precision, recall, f1, pages.Count);
    }

    public override string ToString() =>
        string.Create(System.Globalization.CultureInfo.InvariantCulture, $"precision {Precision:F3}  recall {Recall:F3}  F1 {F1:F3}  ({Pages} pages)");
}
