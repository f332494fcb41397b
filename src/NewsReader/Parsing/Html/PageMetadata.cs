using AngleSharp.Dom;
using AngleSharp.Html.Dom;

namespace NewsReader.Parsing.Html;

/// <summary>
/// A saved page's metadata, each field from the most reliable place that has it: Open Graph and
/// article meta tags, then schema.org JSON-LD, then the markup itself (<c>&lt;h1&gt;</c>,
/// <c>&lt;time&gt;</c>, <c>rel=author</c>, <c>&lt;html lang&gt;</c>, the <c>&lt;title&gt;</c>
/// without the site's name).
/// </summary>
public sealed record PageMetadata
{
    private static readonly string[] TitleSeparators = [" | ", " - ", " – ", " — ", " · ", " :: ", " // "];

    public string? Title { get; init; }

    public IReadOnlyList<string> Authors { get; init; } = [];

    public string? Description { get; init; }

    public string? SiteName { get; init; }

    public string? Published { get; init; }

    public string? Updated { get; init; }

    public string? Language { get; init; }

    public string? Image { get; init; }

    /// <summary>The page's own address (canonical link or og:url), to make its relative links absolute.</summary>
    public Uri? Address { get; init; }

    public static PageMetadata From(IHtmlDocument page)
    {
        ArgumentNullException.ThrowIfNull(page);
        var ld = JsonLdArticle.From(page.QuerySelectorAll("script[type='application/ld+json']").Select(s => s.TextContent));
        var siteName = Meta(page, "og:site_name") ?? ld?.Publisher ?? Meta(page, "application-name");
        var address = Absolute(page.QuerySelector("link[rel~=canonical]")?.GetAttribute("href")) ?? Absolute(Meta(page, "og:url"));
        return new PageMetadata
        {
            Title = FindTitle(page, ld, siteName),
            Authors = FindAuthors(page, ld),
            Description = Meta(page, "description") ?? Meta(page, "og:description") ?? ld?.Description ?? Meta(page, "twitter:description"),
            SiteName = siteName,
            Published = Meta(page, "article:published_time") ?? ld?.DatePublished
                ?? page.QuerySelector("article time[datetime], main time[datetime], time[datetime]")?.GetAttribute("datetime")
                ?? Meta(page, "date") ?? Meta(page, "pubdate") ?? Meta(page, "dc.date"),
            Updated = Meta(page, "article:modified_time") ?? ld?.DateModified ?? Meta(page, "og:updated_time")
                ?? page.QuerySelector("time.updated[datetime], [itemprop=dateModified][datetime]")?.GetAttribute("datetime"),
            Language = FindLanguage(page, ld),
            Image = Absolute(Meta(page, "og:image") ?? Meta(page, "og:image:url"), address)?.ToString()
                ?? Absolute(ld?.Image, address)?.ToString()
                ?? Absolute(Meta(page, "twitter:image"), address)?.ToString(),
            Address = address,
        };
    }

    /// <summary>The content of <c>&lt;meta property=name&gt;</c> or <c>&lt;meta name=name&gt;</c>.</summary>
    private static string? Meta(IHtmlDocument page, string name) =>
        page.QuerySelectorAll("meta[property][content], meta[name][content]")
            .Where(meta => string.Equals(meta.GetAttribute("property") ?? meta.GetAttribute("name"), name, StringComparison.OrdinalIgnoreCase))
            .Select(meta => TextCleaner.CollapseWhitespace(meta.GetAttribute("content")!))
            .FirstOrDefault(content => content.Length > 0);

    private static string? FindTitle(IHtmlDocument page, JsonLdArticle? ld, string? siteName)
    {
        if (Meta(page, "og:title") is { } og)
        {
            return WithoutSiteName(og, siteName, onlyWhenNamed: true);
        }

        if (ld?.Headline is { } headline)
        {
            return headline;
        }

        var h1 = page.QuerySelector("article h1, main h1, h1");
        if (h1 is not null && HtmlBlocks.TextOf(h1) is { Length: > 0 } text)
        {
            return text;
        }

        return page.Title is { } title && TextCleaner.CollapseWhitespace(title) is { Length: > 0 } clean
            ? WithoutSiteName(clean, siteName, onlyWhenNamed: false)
            : null;
    }

    /// <summary>"Headline | The Daily Example" → "Headline"; a separator inside a headline stays.</summary>
    private static string WithoutSiteName(string title, string? siteName, bool onlyWhenNamed)
    {
        foreach (var separator in TitleSeparators)
        {
            var at = title.LastIndexOf(separator, StringComparison.Ordinal);
            if (at <= 0)
            {
                continue;
            }

            var (left, right) = (title[..at].Trim(), title[(at + separator.Length)..].Trim());
            var named = siteName is not null && string.Equals(right, siteName, StringComparison.OrdinalIgnoreCase);
            var looksLikeSite = right.Split(' ').Length <= 4 && left.Length > right.Length * 2;
            if (named || (!onlyWhenNamed && looksLikeSite))
            {
                return left;
            }
        }

        return title;
    }

    private static List<string> FindAuthors(IHtmlDocument page, JsonLdArticle? ld)
    {
        if (ld is { Authors.Count: > 0 })
        {
            return [.. ld.Authors.Distinct(StringComparer.OrdinalIgnoreCase)];
        }

        if (Meta(page, "author") is { } author && !author.Contains("://", StringComparison.Ordinal))
        {
            return Bylines.SplitNames(author);
        }

        var linked = page.QuerySelectorAll("a[rel~=author], [itemprop=author] [itemprop=name], [itemprop=author]")
            .Select(HtmlBlocks.TextOf).Where(name => name.Length is > 0 and < 80).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        if (linked.Count > 0)
        {
            return [.. linked.SelectMany(Bylines.SplitNames).Distinct(StringComparer.OrdinalIgnoreCase)];
        }

        // A "By Jane Doe" line near the top of the article.
        var byline = page.QuerySelectorAll("article p, article div, article span, main p, main span, .byline, p, span")
            .Take(400)
            .Select(HtmlBlocks.TextOf)
            .FirstOrDefault(text => Bylines.Parse(text) is not null);
        return byline is null ? [] : Bylines.Parse(byline)!;
    }

    private static string? FindLanguage(IHtmlDocument page, JsonLdArticle? ld)
    {
        var declared = page.DocumentElement.GetAttribute("lang") ?? ld?.Language
            ?? page.QuerySelector("meta[http-equiv='content-language' i]")?.GetAttribute("content")
            ?? Meta(page, "og:locale");
        return string.IsNullOrWhiteSpace(declared) ? null : declared.Trim().Replace('_', '-');
    }

    private static Uri? Absolute(string? url, Uri? baseAddress = null) => UrlClassifier.ToAbsolute(url, baseAddress);
}
