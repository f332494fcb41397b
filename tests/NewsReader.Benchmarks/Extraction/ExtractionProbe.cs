using NewsReader.Parsing;

namespace NewsReader.Benchmarks.Extraction;

/// <summary>
/// Two looks inside one saved page, for finding out why <c>extraction-eval</c> scores it as it
/// does: the body blocks the parser publishes, and the containers around a segment in the raw page.
/// </summary>
internal static class ExtractionProbe
{
    /// <summary><c>extraction-dump FILE</c>: the body blocks one page yields.</summary>
    public static void Dump(string file)
    {
        var result = ArticleFileParser.Parse(File.ReadAllBytes(file), Path.GetFileName(file));
        Console.WriteLine(result.IsSuccess ? string.Join("\n", result.Value.Body.Select(b => $"[{b.Kind}] {b.Text}")) : result.Error);
    }

    /// <summary><c>extraction-why FILE SEGMENT</c>: the elements around the first place a segment appears.</summary>
    public static void Ancestors(string file, string segment)
    {
        var page = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(File.ReadAllText(file));
        var start = segment[..Math.Min(20, segment.Length)];
        var holder = page.Body!.QuerySelectorAll("*").FirstOrDefault(e => e.ChildNodes.OfType<AngleSharp.Dom.IText>().Any(t => CollapseSpaces(t.Data).Contains(start, StringComparison.Ordinal)));
        for (var e = holder; e is not null; e = e.ParentElement)
        {
            Console.WriteLine($"{e.LocalName}.{e.ClassName}#{e.Id} text={e.TextContent.Length}");
        }
    }

    private static string CollapseSpaces(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
