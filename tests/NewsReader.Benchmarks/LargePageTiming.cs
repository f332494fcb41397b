using System.Diagnostics;
using System.Text;
using NewsReader.Parsing;
using NewsReader.Parsing.Html;

namespace NewsReader.Benchmarks;

/// <summary>
/// How long the largest saved pages of a folder take to parse, as they are and inflated to about
/// 5 MB with the scripts, styles and inline SVG that make real saved pages that large; the parse
/// budget (Seeds:ParseTimeoutSeconds, 5 s) must hold for them, and Readability cannot be interrupted.
/// </summary>
internal static class LargePageTiming
{
    private const int Inflated = 5 * 1024 * 1024;

    public static void Run(string folder, int count)
    {
        var files = Directory.GetFiles(folder, "*.htm*").OrderByDescending(f => new FileInfo(f).Length).Take(count).ToList();
        Measure("warm-up", File.ReadAllBytes(files[^1]), Path.GetFileName(files[^1]));
        foreach (var file in files)
        {
            var bytes = File.ReadAllBytes(file);
            Measure("as saved", bytes, Path.GetFileName(file));
            Measure("inflated", Inflate(bytes), Path.GetFileName(file));
        }
    }

    private static void Measure(string label, byte[] bytes, string name)
    {
        var text = Encoding.UTF8.GetString(bytes);
        var watch = Stopwatch.StartNew();
        var stripped = InertMarkup.Strip(text);
        var strip = watch.ElapsedMilliseconds;
        var result = ArticleFileParser.Parse(bytes, name);
        var total = watch.ElapsedMilliseconds - strip;
        Console.WriteLine($"{label,-9} {name,-48} {bytes.Length,10:N0} B -> {stripped.Length,9:N0} chars; strip {strip,4} ms, parse {total,5} ms, {(result.IsSuccess ? $"{result.Value.WordCount} words" : result.Error)}");
    }

    /// <summary>Adds scripts, a style sheet and SVG icons, as a page saved with everything inline has.</summary>
    private static byte[] Inflate(byte[] bytes)
    {
        var text = Encoding.UTF8.GetString(bytes);
        var padding = new StringBuilder();
        var icon = "<svg viewBox=\"0 0 24 24\" width=\"24\"><title>Share</title><path d=\"M12 2L2 7l10 5 10-5-10-5zm0 13l-10-5v6l10 5 10-5v-6l-10 5z\"/></svg>";
        while (text.Length + padding.Length < Inflated)
        {
            padding.Append("<script>window.__state = {\"items\": [").Append(string.Join(',', Enumerable.Range(0, 400).Select(i => $"{{\"id\":{i},\"html\":\"<p>teaser {i}</p>\"}}"))).Append("]};</script>\n");
            padding.Append("<style>.c-").Append(padding.Length).Append(" { display: flex; margin: 0 auto; } .c-x > a:hover { color: #123456 }</style>\n");
            padding.Append("<span class=\"icon\">").Append(icon).Append("</span>\n");
        }

        var at = text.LastIndexOf("</body", StringComparison.OrdinalIgnoreCase);
        return Encoding.UTF8.GetBytes(at < 0 ? text + padding : text.Insert(at, padding.ToString()));
    }
}
