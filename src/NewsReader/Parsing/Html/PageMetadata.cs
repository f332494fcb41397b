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
    public string? Title { get; init; }

    public IReadOnlyList<string> Authors { get; init; } = [];

    public string? Description { get; init; }

    public string? SiteName { get; init; }

    public string? Published { get; init; }

    public string? Updated { get; init; }

    /// <summary>The first declared language; <see cref="LanguageGuess"/> checks it against the text.</summary>
    public string? Language => DeclaredLanguages.Count > 0 ? DeclaredLanguages[0] : null;

    /// <summary>The languages the page declares (<c>&lt;html lang&gt;</c>, JSON-LD inLanguage, content-language, og:locale), in that order.</summary>
    public IReadOnlyList<string> DeclaredLanguages { get; init; } = [];

    public string? Image => DeclaredImages.Count > 0 ? DeclaredImages[0].Url : null;

    /// <summary>The images the page names as its own, most trusted first: og:image (with its declared size), JSON-LD, twitter:image.</summary>
    public IReadOnlyList<LeadFigure> DeclaredImages { get; init; } = [];

    /// <summary>The site's icons and publisher logo, as absolute URLs: what a default og:image often is.</summary>
    public IReadOnlyList<string> SiteIcons { get; init; } = [];

    /// <summary>The page's own address (canonical link or og:url), to make its relative links absolute.</summary>
    public Uri? Address { get; init; }

    /// <summary>The JSON-LD <c>articleBody</c>, for pages whose visible text is only a script shell.</summary>
    public string? BodyText { get; init; }

    public static PageMetadata From(IHtmlDocument page)
    {
        ArgumentNullException.ThrowIfNull(page);
        var ld = JsonLdArticle.From(page.QuerySelectorAll("script[type='application/ld+json']").Select(s => s.TextContent));
        var address = Absolute(page.QuerySelector("link[rel~=canonical]")?.GetAttribute("href")) ?? Absolute(Meta(page, "og:url"));
        var documentTitle = page.Title is { } raw && TextCleaner.CollapseWhitespace(raw) is { Length: > 0 } clean ? clean : null;
        var headings = page.QuerySelectorAll("article h1, main h1, h1").Take(6).Select(HeadingText).Where(text => text.Length > 0).Distinct(StringComparer.Ordinal).ToList();
        var declaredSite = Meta(page, "og:site_name") ?? ld?.Publisher ?? Meta(page, "application-name");
        var title = TitleChoice.Choose(Meta(page, "og:title"), ld?.Headline, headings, documentTitle, declaredSite, address);
        var headline = PagePlaces.Headline(page, title);
        var updated = Meta(page, "article:modified_time") ?? ld?.DateModified ?? Meta(page, "og:updated_time")
            ?? page.QuerySelector("time.updated[datetime], [itemprop=dateModified][datetime]")?.GetAttribute("datetime");
        return new PageMetadata
        {
            Title = title,
            Authors = PageBylines.Authors(page, headline, ld, Meta(page, "author"), declaredSite),
            Description = DescriptionText.Plain(Meta(page, "description") ?? Meta(page, "og:description") ?? ld?.Description ?? Meta(page, "twitter:description")),
            SiteName = SiteNames.Choose([declaredSite], documentTitle, title, address),
            Published = Meta(page, "article:published_time") ?? ld?.DatePublished ?? Meta(page, "date") ?? Meta(page, "pubdate") ?? Meta(page, "dc.date")
                ?? PageDates.Published(page, headline, name => Meta(page, name), address, updated),
            Updated = updated,
            DeclaredLanguages = FindLanguages(page, ld),
            DeclaredImages = FindImages(page, ld, address),
            SiteIcons = [.. page.QuerySelectorAll("link[rel~=icon][href], link[rel~=apple-touch-icon][href], link[rel~=apple-touch-icon-precomposed][href], link[rel~=mask-icon][href]")
                .Select(link => link.GetAttribute("href")).Append(ld?.PublisherLogo)
                .Select(href => Absolute(href, address)?.ToString()).OfType<string>()],
            Address = address,
            BodyText = ld?.ArticleBody,
        };
    }

    private static List<LeadFigure> FindImages(IHtmlDocument page, JsonLdArticle? ld, Uri? address)
    {
        static int? Pixels(string? value) => int.TryParse(value, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var n) && n > 0 ? n : null;
        var images = new List<LeadFigure>();
        if (Absolute(Meta(page, "og:image") ?? Meta(page, "og:image:url") ?? Meta(page, "og:image:secure_url"), address) is { } og)
        {
            images.Add(new LeadFigure { Url = og.ToString(), Alt = Meta(page, "og:image:alt"), Width = Pixels(Meta(page, "og:image:width")), Height = Pixels(Meta(page, "og:image:height")) });
        }

        foreach (var url in (string?[])[ld?.Image, Meta(page, "twitter:image") ?? Meta(page, "twitter:image:src")])
        {
            if (Absolute(url, address) is { } absolute && !images.Any(image => image.Url == absolute.ToString()))
            {
                images.Add(new LeadFigure { Url = absolute.ToString() });
            }
        }

        return images;
    }

    /// <summary>The content of <c>&lt;meta property=name&gt;</c> or <c>&lt;meta name=name&gt;</c>.</summary>
    private static string? Meta(IHtmlDocument page, string name) =>
        page.QuerySelectorAll("meta[property][content], meta[name][content]")
            .Where(meta => string.Equals(meta.GetAttribute("property") ?? meta.GetAttribute("name"), name, StringComparison.OrdinalIgnoreCase))
            .Select(meta => TextCleaner.CollapseWhitespace(meta.GetAttribute("content")!))
            .FirstOrDefault(content => content.Length > 0);

    /// <summary>Every language the page declares, most specific first; the text decides between them later (<see cref="LanguageGuess"/>).</summary>
    private static List<string> FindLanguages(IHtmlDocument page, JsonLdArticle? ld) =>
        [.. ((string?[])[page.DocumentElement.GetAttribute("lang"), ld?.Language,
                page.QuerySelector("meta[http-equiv='content-language' i]")?.GetAttribute("content"), Meta(page, "og:locale")])
            .Where(tag => !string.IsNullOrWhiteSpace(tag))
            .Select(tag => tag!.Trim().Replace('_', '-'))
            .Distinct(StringComparer.OrdinalIgnoreCase)];

    /// <summary>A heading's words without the CSS or script some sites put inside it.</summary>
    private static string HeadingText(IElement heading) =>
        TextCleaner.CollapseWhitespace(string.Concat(heading.GetDescendants().OfType<IText>()
            .Where(text => text.ParentElement?.LocalName is not ("style" or "script" or "noscript" or "template")).Select(text => text.Data)));

    private static Uri? Absolute(string? url, Uri? baseAddress = null) => UrlClassifier.ToAbsolute(url, baseAddress);
}
