using System.Text.Json;
using NewsReader.Articles;
using NewsReader.Parsing;

namespace NewsReader.Tests.Parsing.Formats;

/// <summary>One fixture file under TestData/Formats with its hand-written .expected.json, and how the parser did on each field.</summary>
internal sealed class FormatFixture
{
    private static readonly (string Folder, string Extension)[] Folders = [("html", ".html"), ("markdown", ".md"), ("text", ".txt")];

    private static readonly string[] MetadataFields = ["byline", "standfirst", "siteName", "language", "leadImage", "leadImageCaption", "dateline", "published", "updated", "tags"];

    private FormatFixture(string folder, string path, JsonElement expected)
    {
        Path = path;
        Expected = expected;
        Id = folder + "/" + System.IO.Path.GetFileNameWithoutExtension(path);
    }

    public string Path { get; }

    /// <summary>Folder and file name without extension, e.g. <c>html/01-daily-example-newsarticle</c>: how known failures name it.</summary>
    public string Id { get; }

    public string Name => System.IO.Path.GetFileName(Path);

    public JsonElement Expected { get; }

    public static IEnumerable<FormatFixture> All() => Folders.SelectMany(f => In(f.Folder, f.Extension));

    public static FormatFixture Find(string id) => All().Single(f => f.Id == id);

    public static IEnumerable<FormatFixture> In(string folder, string extension) =>
        Directory.GetFiles(System.IO.Path.Combine(AppContext.BaseDirectory, "TestData", "Formats", folder), "*" + extension)
            .Order(StringComparer.Ordinal)
            .Select(path => new FormatFixture(folder, path, JsonDocument.Parse(File.ReadAllText(System.IO.Path.ChangeExtension(path, ".expected.json"))).RootElement.Clone()));

    public ParseResult<Article> Parse() => ArticleFileParser.Parse(File.ReadAllBytes(Path), Name);

    public string? Text(string field) =>
        Expected.TryGetProperty(field, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    public IReadOnlyList<string> List(string field) =>
        Expected.TryGetProperty(field, out var value) && value.ValueKind == JsonValueKind.Array
            ? [.. value.EnumerateArray().Select(item => item.GetString()!)]
            : [];

    public bool Has(string field) => Expected.TryGetProperty(field, out _);

    /// <summary>
    /// The fields this fixture's expectations cover, each checked by <see cref="Check"/>. A file expected
    /// to be rejected (malformed, or a draft) has the one field "rejected". A null slug (no override
    /// in the front matter) is not a field: the slug then comes from the title, which is checked.
    /// </summary>
    public IReadOnlyList<string> Fields()
    {
        if (Has("error") || Expected.TryGetProperty("draft", out var draft) && draft.ValueKind == JsonValueKind.True)
        {
            return ["rejected"];
        }

        var fields = new List<string> { "title" };
        foreach (var (field, key) in new[] { ("body kept", "bodyMustContain"), ("chrome removed", "bodyMustNotContain"), ("body html", "bodyHtmlMustContain"), ("first paragraph", "firstParagraphStartsWith") })
        {
            if (Has(key))
            {
                fields.Add(field);
            }
        }

        fields.AddRange(MetadataFields.Where(Has));
        if (Text("slug") is not null)
        {
            fields.Add("slug");
        }

        return fields;
    }

    /// <summary>Whether one field came out right: text fields whitespace-insensitively, dates as instants with their offsets.</summary>
    public bool Check(string field, ParseResult<Article> result)
    {
        if (field == "rejected")
        {
            return !result.IsSuccess && (!Expected.TryGetProperty("errorLine", out var line) || result.Error!.Contains($"line {line.GetInt32()}", StringComparison.Ordinal));
        }

        if (result.Value is not { } article)
        {
            return false;
        }

        var body = TextCleanerForTests.Collapse(article.BodyText);
        return field switch
        {
            "title" => Same(Text("title") ?? Text("headline"), article.Headline),
            "body kept" => List("bodyMustContain").All(text => body.Contains(TextCleanerForTests.Collapse(text), StringComparison.Ordinal)),
            "chrome removed" => List("bodyMustNotContain").All(text => !body.Contains(TextCleanerForTests.Collapse(text), StringComparison.Ordinal)
                && !article.BodyHtml.Contains(text, StringComparison.Ordinal)),
            "body html" => List("bodyHtmlMustContain").All(html => article.BodyHtml.Contains(html, StringComparison.Ordinal)),
            "first paragraph" => article.Body.Length > 0 && TextCleanerForTests.Collapse(article.Body[0].Text).StartsWith(TextCleanerForTests.Collapse(Text("firstParagraphStartsWith")), StringComparison.Ordinal),
            "byline" => List("byline").SequenceEqual(Names(article.Byline), StringComparer.Ordinal),
            "standfirst" => Same(Text(field), article.Standfirst),
            "siteName" => Same(Text(field), article.SiteName),
            "language" => Same(Text(field), article.Language),
            "leadImage" => Same(Text(field), article.LeadImage),
            // The body's photo taken up as the lead: its caption is shown with it, above the body.
            "leadImageCaption" => TextCleanerForTests.Collapse(article.LeadImageCaption).Contains(TextCleanerForTests.Collapse(Text(field)), StringComparison.Ordinal),
            "dateline" => Same(Text(field), article.Dateline),
            "published" => SameInstant(Text(field), article.Published),
            "updated" => SameInstant(Text(field), article.Updated),
            "tags" => List("tags").SequenceEqual(article.Tags),
            "slug" => article.Slug == Text("slug"),
            _ => throw new ArgumentOutOfRangeException(nameof(field), field, "no such fixture field"),
        };
    }

    /// <summary>What the parser gave for a field, for the failure message.</summary>
    public string Explain(string field, ParseResult<Article> result)
    {
        if (result.Value is not { } article)
        {
            return $"rejected: {result.Error}";
        }

        var body = TextCleanerForTests.Collapse(article.BodyText);
        return field switch
        {
            "rejected" => "parsed, but expected a rejection",
            "chrome removed" => "still has " + string.Join(" | ", List("bodyMustNotContain").Where(t => body.Contains(TextCleanerForTests.Collapse(t), StringComparison.Ordinal) || article.BodyHtml.Contains(t, StringComparison.Ordinal))),
            "body kept" => "lost " + string.Join(" | ", List("bodyMustContain").Where(t => !body.Contains(TextCleanerForTests.Collapse(t), StringComparison.Ordinal))),
            "body html" => "html lacks " + string.Join(" | ", List("bodyHtmlMustContain").Where(t => !article.BodyHtml.Contains(t, StringComparison.Ordinal))),
            "first paragraph" => $"got '{(article.Body.Length > 0 ? article.Body[0].Text : "")}'",
            "title" => $"got '{article.Headline}'",
            "standfirst" => $"got '{article.Standfirst}'",
            "byline" => $"got '{article.Byline}'",
            "siteName" => $"got '{article.SiteName}'",
            "language" => $"got '{article.Language}'",
            "dateline" => $"got '{article.Dateline}'",
            "leadImage" => $"got '{article.LeadImage}'",
            "leadImageCaption" => $"got '{article.LeadImageCaption}'",
            "published" => $"got '{article.Published:O}'",
            "updated" => $"got '{article.Updated:O}'",
            "tags" => $"got '{string.Join(", ", article.Tags)}'",
            "slug" => $"got '{article.Slug}'",
            _ => "",
        };
    }

    private static bool SameInstant(string? text, DateTimeOffset? actual)
    {
        var expected = text is null ? (DateTimeOffset?)null : DateTimeOffset.Parse(text, System.Globalization.CultureInfo.InvariantCulture);
        return expected == actual && expected?.Offset == actual?.Offset;
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
