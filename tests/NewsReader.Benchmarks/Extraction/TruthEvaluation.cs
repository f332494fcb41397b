using System.Globalization;
using System.Text.Json;
using NewsReader.Articles;

namespace NewsReader.Benchmarks.Extraction;

/// <summary>
/// <c>extraction DIR TRUTH.json</c>: for each entry of the ground truth
/// (<c>{"name": {"url", "articleBody", optional "title", "byline", "published", "language"}}</c>, the
/// name being the page's file name in DIR), the published body's word-shingle precision, recall and F1,
/// and how often each metadata field the truth gives agrees (see <see cref="FieldAgreement"/>).
/// </summary>
internal static class TruthEvaluation
{
    public static int Run(string folder, string truthPath)
    {
        using var truth = JsonDocument.Parse(File.ReadAllBytes(truthPath));
        var scores = new List<ShingleScore?>();
        var fields = new SortedDictionary<string, (int Agree, int All)>(StringComparer.Ordinal);
        var lines = new List<string>();
        foreach (var page in truth.RootElement.EnumerateObject())
        {
            var result = SavedPage.Parse(Path.Combine(folder, page.Name));
            var article = result.Value;
            var score = article is null ? null : ShingleScore.Compare(Text(page.Value, "articleBody") ?? "", article.BodyText);
            scores.Add(score);
            var wrong = new List<string>();
            foreach (var (field, agrees) in Fields(page.Value, article))
            {
                var (agree, all) = fields.GetValueOrDefault(field);
                fields[field] = (agree + (agrees ? 1 : 0), all + 1);
                if (!agrees)
                {
                    wrong.Add(field);
                }
            }

            var f1 = score is null ? "not published: " + result.Error : string.Create(CultureInfo.InvariantCulture, $"P {score.Precision ?? 0:F3} R {score.Recall ?? 0:F3}");
            lines.Add($"  {f1}  {page.Name}{(wrong.Count > 0 ? "  (wrong: " + string.Join(", ", wrong) + ")" : "")}");
        }

        Console.WriteLine($"body, unpublished pages scored 0:       {ShingleSummary.Of(scores, unpublishedAsZero: true)}");
        Console.WriteLine($"body, as the benchmark averages:        {ShingleSummary.Of(scores, unpublishedAsZero: false)}");
        Console.WriteLine($"not published: {scores.Count(s => s is null)}");
        foreach (var (field, (agree, all)) in fields)
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{field,-10} {agree,3}/{all,-3} {(double)agree / all:P0}"));
        }

        lines.ForEach(Console.WriteLine);
        return 0;
    }

    /// <summary>Each metadata field the truth gives; a page not published disagrees on all of them.</summary>
    private static IEnumerable<(string Field, bool Agrees)> Fields(JsonElement truth, Article? article)
    {
        if (Text(truth, "title") is { } title)
        {
            yield return ("title", FieldAgreement.Title(title, article?.Headline));
        }

        if (Text(truth, "byline") is { } byline)
        {
            yield return ("byline", FieldAgreement.Byline(byline, article?.Byline));
        }

        if (Text(truth, "published") is { } published)
        {
            yield return ("published", FieldAgreement.Published(published, article?.Published));
        }

        if (Text(truth, "language") is { } language)
        {
            yield return ("language", FieldAgreement.Language(language, article?.Language));
        }
    }

    private static string? Text(JsonElement page, string name) =>
        page.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
