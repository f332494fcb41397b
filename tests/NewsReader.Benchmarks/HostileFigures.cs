using System.Diagnostics;
using System.Text;
using NewsReader.Parsing;

namespace NewsReader.Benchmarks;

/// <summary>
/// How long each hostile file takes to be rejected, and what the largest files inside the limits
/// cost (their Readability stage cannot be interrupted by the parse budget, so it is measured here).
/// </summary>
internal static class HostileFigures
{
    public static void Run()
    {
        Measure("warm-up", "warm.html", Page("<p>Warm-up.</p>"));
        Measure("front matter, 40,000 nested [", "yaml.md", $"---\ntitle: T\ntags: {Repeat("[", 40_000)}{Repeat("]", 40_000)}\n---\nBody.\n");
        Measure("front matter, 40,000 nested - ", "yaml.md", $"---\ntitle: T\ntags:\n{Repeat("- ", 40_000)}x\n---\nBody.\n");
        Measure("Markdown, 100,000 nested list items", "lists.md", "# T\n\n" + Repeat("- ", 100_000) + "deep\n");
        Measure("Markdown, 100,000 nested quotes", "quotes.md", "# T\n\n" + Repeat(">", 100_000) + " deep\n");
        Measure("Markdown, 100,000 nested emphasis", "emphasis.md", "# T\n\n" + Repeat("*a ", 100_000) + "x" + Repeat("* ", 100_000) + "\n");
        Measure("HTML, 100,000 nested divs", "divs.html", Page(Repeat("<div>", 100_000) + "<p>Deep.</p>"));
        Measure("HTML, 4,000 nested b/i", "inline.html", Page("<p>" + Repeat("<b><i>", 2_000) + "Deep.</p>"));
        Measure("HTML, utf-7 declared", "utf7.html", "<html><head><meta charset=\"utf-7\"><title>T</title></head><body><p>Text of the page.</p></body></html>");
        var tower = Repeat("<div>", 250) + "<p>A sentence deep in a tower.</p>" + Repeat("</div>", 250);
        Measure("HTML, 1 MB of towers 250 deep (accepted)", "towers.html", Page(Repeat(tower, 1_000_000 / tower.Length)));
        Measure("HTML, 1 MB of flat paragraphs (accepted)", "flat.html", Page(Repeat("<p>Hello there, world text.</p>", 1_000_000 / 31)));
    }

    private static void Measure(string name, string file, string text)
    {
        var bytes = Encoding.UTF8.GetBytes(text);
        var watch = Stopwatch.StartNew();
        var result = ArticleFileParser.Parse(bytes, file);
        Console.WriteLine($"{name} ({bytes.Length:N0} bytes): {watch.ElapsedMilliseconds:N0} ms, {(result.IsSuccess ? "parsed" : result.Error)}");
    }

    private static string Repeat(string text, int count) => string.Concat(Enumerable.Repeat(text, count));

    private static string Page(string body) => $"<!doctype html><html><head><title>Hostile</title></head><body>{body}</body></html>";
}
