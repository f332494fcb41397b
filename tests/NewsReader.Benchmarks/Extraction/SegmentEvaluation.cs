using System.Globalization;
using System.Text.Json;

namespace NewsReader.Benchmarks.Extraction;

/// <summary>
/// <c>extraction-eval DIR</c>: the trafilatura evaluation (DIR/evaldata.json, pages in DIR/pages),
/// scored on the body text the app publishes for each page. Prints the corpus totals, the figures
/// averaged per page, the pages not published with their reasons counted, and the worst pages.
/// </summary>
internal static class SegmentEvaluation
{
    public static int Run(string folder, bool misses = false)
    {
        var metadata = new MetadataTally();
        using var data = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(folder, "evaldata.json")));
        var total = SegmentScore.Zero;
        var pages = new List<(string File, SegmentScore Score)>();
        var rejected = new SortedDictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var entry in data.RootElement.EnumerateObject())
        {
            var file = entry.Value.GetProperty("file").GetString();
            var path = Path.Combine(folder, "pages", file ?? "");
            if (string.IsNullOrEmpty(file) || !File.Exists(path))
            {
                Console.WriteLine($"missing: {entry.Name} ({file})");
                continue;
            }

            var result = SavedPage.Parse(path);
            if (!result.IsSuccess)
            {
                var kind = SavedPage.ReasonKind(result.Error);
                if (!rejected.TryGetValue(kind, out var files))
                {
                    rejected[kind] = files = [];
                }

                files.Add(file);
            }

            var score = SegmentScore.Of(result.Value?.BodyText, Strings(entry.Value, "with"), Strings(entry.Value, "without"));
            total = total.Add(score);
            pages.Add((file, score));
            metadata.Add(file, entry.Value, result.Value);
        }

        Print(total, pages, rejected);
        metadata.Print(misses);
        return 0;
    }

    private static void Print(SegmentScore total, List<(string File, SegmentScore Score)> pages, SortedDictionary<string, List<string>> rejected)
    {
        var invariant = CultureInfo.InvariantCulture;
        Console.WriteLine(string.Create(invariant, $"pages {pages.Count}, published {pages.Count - rejected.Values.Sum(files => files.Count)}"));
        Console.WriteLine(string.Create(invariant, $"segments: with {total.Kept}/{total.Kept + total.Lost} kept, without {total.LeftOut}/{total.LeftOut + total.Leaked} left out"));
        Console.WriteLine(string.Create(invariant, $"overall:  recall {total.Recall:F3}  exclusion {total.Exclusion:F3}  (trafilatura's: precision {total.Precision:F3}  recall {total.Recall:F3}  accuracy {total.Accuracy:F3}  F {total.F1:F3})"));
        Console.WriteLine(string.Create(invariant, $"per page: recall {pages.Average(p => p.Score.Recall):F3}  exclusion {pages.Average(p => p.Score.Exclusion):F3}"));
        foreach (var (reason, files) in rejected)
        {
            Console.WriteLine($"not published ({files.Count}): {reason}: {string.Join(", ", files)}");
        }

        Console.WriteLine("worst pages (recall, exclusion):");
        foreach (var (file, score) in pages.OrderBy(p => p.Score.Recall + p.Score.Exclusion).ThenBy(p => p.File, StringComparer.Ordinal).Take(15))
        {
            Console.WriteLine(string.Create(invariant, $"  {score.Recall:F2} {score.Exclusion:F2}  {file}"));
        }
    }

    private static IEnumerable<string> Strings(JsonElement page, string name) =>
        page.TryGetProperty(name, out var list) && list.ValueKind == JsonValueKind.Array
            ? [.. list.EnumerateArray().Select(item => item.GetString() ?? "")]
            : [];
}
