using System.Text.Json;

namespace NewsReader.Parsing.Html;

/// <summary>
/// What a page's schema.org JSON-LD says about its article: every <c>ld+json</c> block is read,
/// <c>@graph</c>s are flattened, and <c>@id</c> references (an author or publisher described
/// elsewhere in the graph) are followed. Malformed blocks are skipped, as browsers skip them.
/// </summary>
public sealed record JsonLdArticle
{
    private static readonly string[] ArticleTypes =
        ["NewsArticle", "Article", "BlogPosting", "ReportageNews", "AnalysisNewsArticle", "OpinionNewsArticle", "TechArticle", "LiveBlogPosting", "ScholarlyArticle", "Report"];

    public string? Headline { get; init; }

    /// <summary>The people who wrote the article; an author of type Organization is in <see cref="OrganizationAuthors"/>.</summary>
    public IReadOnlyList<string> Authors { get; init; } = [];

    /// <summary>Authors typed as organisations ("La Tercera", "National Geographic"): a last resort, never above a person.</summary>
    public IReadOnlyList<string> OrganizationAuthors { get; init; } = [];

    public string? DatePublished { get; init; }

    public string? DateModified { get; init; }

    public string? Publisher { get; init; }

    public string? Image { get; init; }

    /// <summary>The publisher's logo: an og:image equal to it is the site's default picture, not the article's.</summary>
    public string? PublisherLogo { get; init; }

    public string? Description { get; init; }

    public string? Language { get; init; }

    /// <summary>The article's full text as the page gives it to machines (<c>articleBody</c>), paragraphs on their own lines.</summary>
    public string? ArticleBody { get; init; }

    public static JsonLdArticle? From(IEnumerable<string> blocks)
    {
        var nodes = new List<JsonElement>();
        foreach (var block in blocks)
        {
            try
            {
                using var document = JsonDocument.Parse(block, new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip });
                Flatten(document.RootElement.Clone(), nodes);
            }
            catch (JsonException)
            {
            }
        }

        var byId = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
        foreach (var node in nodes)
        {
            if (Text(node, "@id") is { } id)
            {
                byId.TryAdd(id, node);
            }
        }

        var article = nodes.FirstOrDefault(node => Types(node).Any(type => ArticleTypes.Contains(type, StringComparer.Ordinal)));
        // A graph without an article node may still date the page on its WebPage node.
        var dated = nodes.FirstOrDefault(node => Text(node, "datePublished") is not null);
        if (article.ValueKind != JsonValueKind.Object)
        {
            return dated.ValueKind == JsonValueKind.Object ? new JsonLdArticle { DatePublished = Text(dated, "datePublished"), DateModified = Text(dated, "dateModified") } : null;
        }

        JsonElement Resolve(JsonElement element) =>
            element.ValueKind == JsonValueKind.Object && Text(element, "@id") is { } reference && !element.TryGetProperty("name", out _)
                && byId.TryGetValue(reference, out var target) ? target : element;

        return new JsonLdArticle
        {
            Headline = Text(article, "headline") ?? Text(article, "name"),
            Authors = [.. Items(article, "author").Select(Resolve).Where(author => !IsOrganization(author)).Select(AuthorName).OfType<string>()],
            OrganizationAuthors = [.. Items(article, "author").Select(Resolve).Where(IsOrganization).Select(AuthorName).OfType<string>()],
            DatePublished = Text(article, "datePublished") ?? (dated.ValueKind == JsonValueKind.Object ? Text(dated, "datePublished") : null),
            DateModified = Text(article, "dateModified") ?? (dated.ValueKind == JsonValueKind.Object ? Text(dated, "dateModified") : null),
            Publisher = Items(article, "publisher").Select(Resolve).Select(p => p.ValueKind == JsonValueKind.String ? p.GetString() : Text(p, "name")).FirstOrDefault(n => n is not null),
            Image = Items(article, "image").Select(Resolve).Select(i => i.ValueKind == JsonValueKind.String ? i.GetString() : Text(i, "url")).FirstOrDefault(u => u is not null),
            PublisherLogo = Items(article, "publisher").Select(Resolve).SelectMany(p => Items(p, "logo")).Select(Resolve)
                .Select(l => l.ValueKind == JsonValueKind.String ? l.GetString() : Text(l, "url")).FirstOrDefault(u => u is not null),
            Description = Text(article, "description"),
            Language = Text(article, "inLanguage"),
            ArticleBody = Text(article, "articleBody"),
        };
    }

    private static void Flatten(JsonElement element, List<JsonElement> nodes)
    {
        if (element.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in element.EnumerateArray())
            {
                Flatten(item, nodes);
            }
        }
        else if (element.ValueKind == JsonValueKind.Object)
        {
            nodes.Add(element);
            if (element.TryGetProperty("@graph", out var graph))
            {
                Flatten(graph, nodes);
            }
        }
    }

    private static string? AuthorName(JsonElement author) => author.ValueKind == JsonValueKind.String ? author.GetString() : Text(author, "name");

    /// <summary>Organization and its kinds (NewsMediaOrganization, Corporation…), a Brand or a WebSite: a publisher, not a person.</summary>
    private static bool IsOrganization(JsonElement author) =>
        Types(author).Any(type => type.EndsWith("Organization", StringComparison.Ordinal) || type is "Corporation" or "NGO" or "Brand" or "WebSite" or "LocalBusiness" or "OnlineBusiness");

    private static IEnumerable<string> Types(JsonElement node) =>
        node.ValueKind == JsonValueKind.Object && node.TryGetProperty("@type", out var type)
            ? type.ValueKind == JsonValueKind.Array ? type.EnumerateArray().Where(t => t.ValueKind == JsonValueKind.String).Select(t => t.GetString()).OfType<string>()
                : type.ValueKind == JsonValueKind.String && type.GetString() is { } one ? [one] : []
            : [];

    private static List<JsonElement> Items(JsonElement node, string property) =>
        node.ValueKind != JsonValueKind.Object || !node.TryGetProperty(property, out var value) ? []
        : value.ValueKind == JsonValueKind.Array ? [.. value.EnumerateArray()]
        : [value];

    private static string? Text(JsonElement node, string property) =>
        node.ValueKind == JsonValueKind.Object && node.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String
            && !string.IsNullOrWhiteSpace(value.GetString())
            // Sites write JSON-LD from their HTML-escaped strings ("That&#039;s"); JSON itself has no
            // entities, so this is the one decoding the text gets.
            ? System.Net.WebUtility.HtmlDecode(value.GetString()!.Trim())
            : null;
}
