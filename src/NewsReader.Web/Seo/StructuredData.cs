using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using NewsReader.Articles;
using NewsReader.Web.Routing;

namespace NewsReader.Web.Seo;

/// <summary>
/// Schema.org JSON-LD for search engines. Built as JSON nodes and serialised with the default
/// encoder, which escapes &lt;, &gt; and &amp;, so no text from an article can close the script block.
/// </summary>
public static class StructuredData
{
    public sealed record Publisher(string Name, string Url);

    public static string NewsArticle(Article article, string url, string imageUrl, string description, Publisher publisher)
    {
        ArgumentNullException.ThrowIfNull(article);
        ArgumentNullException.ThrowIfNull(publisher);

        var json = new JsonObject
        {
            ["@context"] = "https://schema.org",
            ["@type"] = "NewsArticle",
            ["headline"] = article.Headline,
            ["description"] = description,
            ["url"] = url,
            ["mainEntityOfPage"] = url,
            ["image"] = new JsonArray(imageUrl),
            ["wordCount"] = article.WordCount,
            ["publisher"] = new JsonObject { ["@type"] = "Organization", ["name"] = publisher.Name, ["url"] = publisher.Url },
        };
        if (article.Published is { } published)
        {
            json["datePublished"] = Iso(published);
            json["dateModified"] = Iso(article.Updated is { } updated && updated > published ? updated : published);
        }

        // One Person per author: "Jane Doe and John Roe" is two people, not one with a long name.
        if (article.Authors.Length > 0)
        {
            json["author"] = new JsonArray([.. article.Authors.Select(name => (JsonNode)new JsonObject { ["@type"] = "Person", ["name"] = name })]);
        }
        else if (article.Byline is { } byline)
        {
            json["author"] = new JsonObject { ["@type"] = "Person", ["name"] = byline };
        }

        if (article.Language is { } language)
        {
            json["inLanguage"] = language;
        }

        // The page this copy was made from: search engines credit the original, not the reader.
        if (article.OriginalUrl is { } original)
        {
            json["isBasedOn"] = original.AbsoluteUri;
        }

        if (article.SiteName is { } siteName)
        {
            json["sourceOrganization"] = new JsonObject { ["@type"] = "Organization", ["name"] = siteName };
        }

        return json.ToJsonString(JsonSerializerOptions.Default);
    }

    public static string WebSite(string name, string url, string description) => new JsonObject
    {
        ["@context"] = "https://schema.org",
        ["@type"] = "WebSite",
        ["name"] = name,
        ["url"] = url,
        ["description"] = description,
        ["potentialAction"] = new JsonObject
        {
            ["@type"] = "SearchAction",
            ["target"] = url.TrimEnd('/') + SitePaths.SearchTemplate("{search_term_string}"),
            ["query-input"] = "required name=search_term_string",
        },
    }.ToJsonString(JsonSerializerOptions.Default);

    /// <summary>A page that lists articles (a month, an author's), part of the site.</summary>
    public static string CollectionPage(string name, string url, string description, Publisher site)
    {
        ArgumentNullException.ThrowIfNull(site);
        return new JsonObject
        {
            ["@context"] = "https://schema.org",
            ["@type"] = "CollectionPage",
            ["name"] = name,
            ["url"] = url,
            ["description"] = description,
            ["isPartOf"] = new JsonObject { ["@type"] = "WebSite", ["name"] = site.Name, ["url"] = site.Url },
        }.ToJsonString(JsonSerializerOptions.Default);
    }

    private static string Iso(DateTimeOffset time) => time.ToString("yyyy-MM-ddTHH:mm:sszzz", CultureInfo.InvariantCulture);
}
