using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace NewsReader.Parsing.Markdown;

/// <summary>
/// The YAML block at the top of a Markdown file, read into the keys NewsReader knows; other keys
/// are ignored. Errors name the line of the file (not of the block) so an editor can jump to it.
/// </summary>
public sealed record FrontMatter
{
    public string? Title { get; init; }

    public string? Standfirst { get; init; }

    public IReadOnlyList<string> Authors { get; init; } = [];

    public DateTimeOffset? Date { get; init; }

    public DateTimeOffset? Updated { get; init; }

    public IReadOnlyList<string> Tags { get; init; } = [];

    public string? Image { get; init; }

    public string? Slug { get; init; }

    public bool Draft { get; init; }

    public string? Language { get; init; }

    /// <summary>The publication the article first appeared in.</summary>
    public string? SiteName { get; init; }

    /// <summary>The address where it first appeared.</summary>
    public string? Source { get; init; }

    /// <param name="yaml">The lines between the <c>---</c> markers.</param>
    /// <param name="firstLine">The file's line number of the block's first line.</param>
    /// <param name="zone">Where dates without an offset are read.</param>
    public static ParseResult<FrontMatter> Parse(string yaml, int firstLine, TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(yaml);
        var nesting = FrontMatterDepth.Measure(yaml);
        if (nesting.Depth > FrontMatterDepth.Limit)
        {
            // YamlDotNet would recurse once per level and overflow the stack, ending the process.
            return ParseResult.Fail<FrontMatter>(
                $"the front matter nests {nesting.Depth} levels deep (line {firstLine + nesting.Line - 1}), past the limit of {FrontMatterDepth.Limit}");
        }

        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(yaml));
        }
        catch (YamlException error)
        {
            return ParseResult.Fail<FrontMatter>($"the front matter is not valid YAML (line {firstLine + (int)error.Start.Line - 1}): {FirstSentence(error.Message)}");
        }

        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is YamlScalarNode { Value: null or "" })
        {
            return ParseResult.Ok(new FrontMatter());
        }

        if (stream.Documents[0].RootNode is not YamlMappingNode map)
        {
            return ParseResult.Fail<FrontMatter>($"the front matter must be \"key: value\" lines (line {firstLine})");
        }

        var front = new FrontMatter();
        foreach (var (keyNode, value) in map.Children)
        {
            var key = (keyNode as YamlScalarNode)?.Value?.ToLowerInvariant();
            var line = firstLine + (int)value.Start.Line - 1;
            switch (key)
            {
                case "title":
                    front = front with { Title = Scalar(value) };
                    break;
                case "standfirst" or "description" or "summary" or "excerpt":
                    front = front with { Standfirst = front.Standfirst ?? Scalar(value) };
                    break;
                case "author" or "authors":
                    front = front with { Authors = [.. front.Authors, .. List(value)] };
                    break;
                case "date" or "published":
                    if (!TryDate(value, zone, out var date))
                    {
                        return ParseResult.Fail<FrontMatter>($"the front matter's '{key}' is not a date (line {line}): '{Scalar(value)}'");
                    }

                    front = front with { Date = date };
                    break;
                case "updated" or "lastmod" or "modified":
                    if (!TryDate(value, zone, out var updated))
                    {
                        return ParseResult.Fail<FrontMatter>($"the front matter's '{key}' is not a date (line {line}): '{Scalar(value)}'");
                    }

                    front = front with { Updated = updated };
                    break;
                case "tags" or "keywords" or "categories":
                    front = front with { Tags = [.. front.Tags, .. List(value).SelectMany(tag => tag.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))] };
                    break;
                case "image" or "cover":
                    front = front with { Image = Scalar(value) };
                    break;
                case "slug":
                    front = front with { Slug = Scalar(value) };
                    break;
                case "draft":
                    front = front with { Draft = Scalar(value) is "true" or "True" or "TRUE" or "yes" or "Yes" };
                    break;
                case "lang" or "language":
                    front = front with { Language = Scalar(value) };
                    break;
                case "site" or "site_name" or "publication":
                    front = front with { SiteName = Scalar(value) };
                    break;
                case "source" or "canonical" or "canonical_url" or "original":
                    front = front with { Source = Scalar(value) };
                    break;
                default:
                    // Other tools' keys (layout, permalink…) are none of NewsReader's business.
                    break;
            }
        }

        return ParseResult.Ok(front);
    }

    private static string? Scalar(YamlNode node) =>
        node is YamlScalarNode { Value: { } value } && !string.IsNullOrWhiteSpace(value) ? value.Trim() : null;

    private static IEnumerable<string> List(YamlNode node) => node switch
    {
        YamlSequenceNode sequence => sequence.Children.Select(Scalar).OfType<string>(),
        YamlScalarNode => Scalar(node) is { } one ? [one] : [],
        YamlMappingNode map when map.Children.FirstOrDefault(c => (c.Key as YamlScalarNode)?.Value == "name").Value is { } name => Scalar(name) is { } n ? [n] : [],
        _ => [],
    };

    private static bool TryDate(YamlNode node, TimeZoneInfo zone, out DateTimeOffset? date)
    {
        date = null;
        var text = Scalar(node);
        if (text is null)
        {
            return true;
        }

        date = DateValue.Parse(text, zone);
        return date is not null;
    }

    private static string FirstSentence(string message)
    {
        var end = message.IndexOf(". ", StringComparison.Ordinal);
        return end > 0 ? message[..end] : message.TrimEnd('.');
    }
}
