using System.Text.Json;
using NewsReader.Articles;
using NewsReader.Parsing;

namespace NewsReader.Tests.Parsing.Formats;

/// <summary>One fixture file under TestData/Formats with its hand-written .expected.json, and how the parser did on each field.</summary>
internal sealed class FormatFixture
{
    private FormatFixture(string path, JsonElement expected)
    {
        Path = path;
        Expected = expected;
    }

    public string Path { get; }

    public string Name => System.IO.Path.GetFileName(Path);

    public JsonElement Expected { get; }

    public static IEnumerable<FormatFixture> In(string folder, string extension) =>
        Directory.GetFiles(System.IO.Path.Combine(AppContext.BaseDirectory, "TestData", "Formats", folder), "*" + extension)
            .Order(StringComparer.Ordinal)
            .Select(path => new FormatFixture(path, JsonDocument.Parse(File.ReadAllText(System.IO.Path.ChangeExtension(path, ".expected.json"))).RootElement.Clone()));

    public ParseResult<Article> Parse() => ArticleFileParser.Parse(File.ReadAllBytes(Path), Name);

    public string? Text(string field) =>
        Expected.TryGetProperty(field, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    public IReadOnlyList<string> List(string field) =>
        Expected.TryGetProperty(field, out var value) && value.ValueKind == JsonValueKind.Array
            ? [.. value.EnumerateArray().Select(item => item.GetString()!)]
            : [];

    /// <summary>What went wrong with a field, for the test output.</summary>
    public string Explain(string field, Article? article)
    {
        if (article is null)
        {
            return "";
        }

        var body = TextCleanerForTests.Collapse(article.BodyText);
        return field switch
        {
            "chrome removed" => ": still has " + string.Join(" | ", List("bodyMustNotContain").Where(t => body.Contains(TextCleanerForTests.Collapse(t), StringComparison.Ordinal) || article.BodyHtml.Contains(t, StringComparison.Ordinal))),
            "body kept" => ": lost " + string.Join(" | ", List("bodyMustContain").Where(t => !body.Contains(TextCleanerForTests.Collapse(t), StringComparison.Ordinal))),
            "standfirst" => $": got '{article.Standfirst}'",
            "byline" => $": got '{article.Byline}'",
            "dateline" => $": got '{article.Dateline}'",
            "leadImage" => $": got '{article.LeadImage}'",
            "updated" => $": got '{article.Updated:O}'",
            _ => "",
        };
    }

    public bool Has(string field) => Expected.TryGetProperty(field, out _);

    /// <summary>Whether each expected field came out right: text fields whitespace-insensitively, dates as instants with offsets.</summary>
    public Dictionary<string, bool> Score(Article article)
    {
        var body = TextCleanerForTests.Collapse(article.BodyText);
        var scores = new Dictionary<string, bool>
        {
            ["title"] = Same(Text("title") ?? Text("headline"), article.Headline),
            ["body kept"] = List("bodyMustContain").All(text => body.Contains(TextCleanerForTests.Collapse(text), StringComparison.Ordinal)),
            ["chrome removed"] = List("bodyMustNotContain").All(text => !body.Contains(TextCleanerForTests.Collapse(text), StringComparison.Ordinal)
                && !article.BodyHtml.Contains(text, StringComparison.Ordinal)),
        };
        if (Has("byline"))
        {
            scores["byline"] = List("byline").SequenceEqual(Names(article.Byline), StringComparer.Ordinal);
        }

        foreach (var (field, actual) in new (string, string?)[] { ("standfirst", article.Standfirst), ("siteName", article.SiteName), ("language", article.Language), ("leadImage", article.LeadImage), ("dateline", article.Dateline) })
        {
            if (Has(field))
            {
                scores[field] = Same(Text(field), actual);
            }
        }

        foreach (var (field, actual) in new (string, DateTimeOffset?)[] { ("published", article.Published), ("updated", article.Updated) })
        {
            if (Has(field))
            {
                var expected = Text(field) is { } text ? DateTimeOffset.Parse(text, System.Globalization.CultureInfo.InvariantCulture) : (DateTimeOffset?)null;
                scores[field] = expected == actual && expected?.Offset == actual?.Offset;
            }
        }

        if (Has("tags"))
        {
            scores["tags"] = List("tags").SequenceEqual(article.Tags);
        }

        return scores;
    }

    private static bool Same(string? expected, string? actual) =>
        string.Equals(TextCleanerForTests.Collapse(expected), TextCleanerForTests.Collapse(actual), StringComparison.Ordinal);

    private static string[] Names(string? byline) =>
        byline is null ? [] : byline.Split([", ", " and "], StringSplitOptions.RemoveEmptyEntries);
}

internal static class TextCleanerForTests
{
    public static string Collapse(string? text) =>
        text is null ? "" : string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).Replace('\u3000', ' ');
}
