using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using NewsReader.Parsing;

namespace NewsReader.Benchmarks;

/// <summary>
/// A quick segment score for body extraction over a folder laid out like extraction-eval
/// (<c>evaldata.json</c> + <c>pages/</c>): the share of "with" segments found in the body text
/// (recall) and of "without" segments absent from it, plus the trafilatura-style precision
/// (found with / all found). Meant for iterating on the extractor; the full scorer lives under Extraction/.
/// </summary>
internal static class QuickExtractionScore
{
    private const long HtmlLimit = 16L * 1024 * 1024;

    public static void Run(string folder, bool verbose)
    {
        using var data = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(folder, "evaldata.json")));
        int withFound = 0, withTotal = 0, withoutFound = 0, withoutTotal = 0, failed = 0, pages = 0;
        var slowest = new List<(string File, long Ms)>();
        foreach (var entry in data.RootElement.EnumerateObject())
        {
            var file = entry.Value.GetProperty("file").GetString()!;
            var bytes = File.ReadAllBytes(Path.Combine(folder, "pages", file));
            pages++;
            var watch = Stopwatch.StartNew();
            var result = bytes.Length > HtmlLimit ? null : ArticleFileParser.Parse(bytes, file);
            slowest.Add((file, watch.ElapsedMilliseconds));
            var text = result is { IsSuccess: true } ? Normalize(string.Join("\n", result.Value.Body.Select(b => b.Text))) : "";
            if (result is not { IsSuccess: true })
            {
                failed++;
                Console.WriteLine($"NOT PUBLISHED {file}: {(result is null ? "too large" : result.Error)}");
            }

            var missing = Segments(entry.Value, "with").Where(s => !text.Contains(s, StringComparison.Ordinal)).ToList();
            var leaked = Segments(entry.Value, "without").Where(s => text.Contains(s, StringComparison.Ordinal)).ToList();
            withTotal += Segments(entry.Value, "with").Count;
            withFound += Segments(entry.Value, "with").Count - missing.Count;
            withoutTotal += Segments(entry.Value, "without").Count;
            withoutFound += leaked.Count;
            if (verbose && (missing.Count > 0 || leaked.Count > 0))
            {
                Console.WriteLine($"{file}\tmissing {missing.Count}: {string.Join(" | ", missing)}\tleaked {leaked.Count}: {string.Join(" | ", leaked)}");
            }
        }

        var recall = (double)withFound / withTotal;
        var precision = (double)withFound / (withFound + withoutFound);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"pages {pages}, not published {failed}; with found {withFound}/{withTotal} (recall {recall:F3}); without absent {withoutTotal - withoutFound}/{withoutTotal} ({1 - (double)withoutFound / withoutTotal:F3}); precision {precision:F3}; F1 {2 * precision * recall / (precision + recall):F3}"));
        Console.WriteLine("slowest: " + string.Join(", ", slowest.OrderByDescending(s => s.Ms).Take(5).Select(s => $"{s.File} {s.Ms} ms")));
    }

    /// <summary>Prints the body blocks one page yields, to see why it scores as it does.</summary>
    public static void Dump(string file)
    {
        var result = ArticleFileParser.Parse(File.ReadAllBytes(file), Path.GetFileName(file));
        Console.WriteLine(result.IsSuccess ? string.Join("\n", result.Value.Body.Select(b => $"[{b.Kind}] {b.Text}")) : result.Error);
    }

    /// <summary>The elements around the first place a segment appears in the raw page: which container holds it.</summary>
    public static void Ancestors(string file, string segment)
    {
        var page = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(File.ReadAllText(file));
        var holder = page.Body!.QuerySelectorAll("*").FirstOrDefault(e => e.ChildNodes.OfType<AngleSharp.Dom.IText>().Any(t => Normalize(t.Data).Contains(segment[..Math.Min(20, segment.Length)], StringComparison.Ordinal)));
        for (var e = holder; e is not null; e = e.ParentElement)
        {
            Console.WriteLine($"{e.LocalName}.{e.ClassName}#{e.Id} text={e.TextContent.Length}");
        }
    }

    private static List<string> Segments(JsonElement page, string name) =>
        page.TryGetProperty(name, out var list) ? [.. list.EnumerateArray().Select(s => Normalize(s.GetString() ?? "")).Where(s => s.Length > 0)] : [];

    private static string Normalize(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
