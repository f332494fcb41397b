using System.Globalization;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;

namespace NewsReader.Parsing.Html;

/// <summary>
/// When the page was published, when its meta tags and JSON-LD do not say, read the way htmldate
/// reads it: the <c>datetime</c> of a <c>&lt;time&gt;</c> or <c>itemprop=datePublished</c> in the
/// article, the day in the page's address (<c>/2021/11/19/</c>, <c>/20211119</c>), then a day
/// printed in a date or byline element near the headline. Dates in comments, teaser lists,
/// sidebars and the site footer do not count, and none after the page's own update date.
/// </summary>
public static partial class PageDates
{
    private const int MaxDateTextLength = 120;
    private const int MaxDateParts = 8;

    // The meta names htmldate trusts for a publication date, beyond article:published_time.
    private static readonly string[] MetaNames =
    [
        "og:article:published_time", "og:published_time", "article:published", "dc.date.issued", "dcterms.issued", "dcterms.date", "dcterms.created",
        "dc.date.created", "citation_publication_date", "citation_date", "publishdate", "publish-date", "publish_date", "published_date", "publication_date",
        "sailthru.date", "parsely-pub-date", "datepublished", "article.published", "article_date_original", "originalpublicationdate", "sw-pubdate",
        "date.created", "release_date", "pub_date",
    ];

    /// <param name="headline">The article's headline (<see cref="PagePlaces.Headline"/>), where its byline and date are printed.</param>
    /// <param name="meta">Reads the content of a meta tag by property or name.</param>
    /// <param name="address">The page's canonical address.</param>
    /// <param name="updated">The page's update date as written, if any: a published date after it is not taken.</param>
    public static string? Published(IHtmlDocument page, IElement? headline, Func<string, string?> meta, Uri? address, string? updated)
    {
        ArgumentNullException.ThrowIfNull(page);
        ArgumentNullException.ThrowIfNull(meta);
        var latest = Day(updated);
        bool Possible(string? value) => Day(value) is { } day && (latest is null || day <= latest);

        if (MetaNames.Select(meta).FirstOrDefault(Possible) is { } fromMeta)
        {
            return Normal(fromMeta);
        }

        var marked = page.QuerySelectorAll("[itemprop~=datePublished], time[datetime], time[pubdate], [property='article:published_time']")
            .Where(element => !PagePlaces.IsAside(element, headline))
            .OrderBy(element => PagePlaces.IsInArticle(element, headline) ? 0 : 1)
            .ThenBy(element => element.GetAttribute("itemprop")?.Contains("datePublished", StringComparison.OrdinalIgnoreCase) == true || element.HasAttribute("pubdate") ? 0 : 1)
            .Select(element => element.GetAttribute("datetime") ?? element.GetAttribute("content") ?? HtmlBlocks.TextOf(element))
            .FirstOrDefault(Possible);
        if (marked is not null)
        {
            return Normal(marked);
        }

        if (address is not null && AddressDay(address.AbsolutePath) is { } fromAddress && Possible(fromAddress))
        {
            return fromAddress;
        }

        var printed = page.QuerySelectorAll("[class], [id], time")
            .Where(element => (element.LocalName == "time" || DateName().IsMatch(PagePlaces.NameOf(element))) && !UpdateName().IsMatch(PagePlaces.NameOf(element)))
            // A date line has a few parts at most; a "metadata" wrapper around the whole article is no date line.
            .Where(element => element.ChildElementCount <= MaxDateParts && !PagePlaces.IsAside(element, headline) && PagePlaces.IsInArticle(element, headline))
            .Select(HtmlBlocks.TextOf)
            .Where(text => text.Length is > 0 and <= MaxDateTextLength)
            .Select(text => VisibleDates.Find(text)?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture))
            .FirstOrDefault(Possible);
        return printed;
    }

    /// <summary>A value as written when it reads as a date; otherwise the day printed in it ("Mon Oct 11 14:57:21 CEST 2021").</summary>
    private static string? Normal(string value) =>
        DateValue.Parse(value, TimeZoneInfo.Utc) is not null ? value : VisibleDates.Find(value)?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static DateOnly? Day(string? value) =>
        string.IsNullOrWhiteSpace(value) ? null
        : DateValue.Parse(value, TimeZoneInfo.Utc) is { } parsed ? DateOnly.FromDateTime(parsed.DateTime) : VisibleDates.Find(value);

    /// <summary>"/2021/11/19/slug" or "/20211119-slug" → "2021-11-19"; a path with only a month names no day.</summary>
    private static string? AddressDay(string path)
    {
        var match = PathDay().Match(path);
        return match.Success ? VisibleDates.Find($"{match.Groups["y"].Value}-{match.Groups["m"].Value}-{match.Groups["d"].Value}")?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : null;
    }

    [GeneratedRegex(@"/(?<y>(?:19|20)\d{2})[/-]?(?<m>[01]\d)[/-]?(?<d>[0-3]\d)(?:[/_.-]|$)", RegexOptions.CultureInvariant)]
    private static partial Regex PathDay();

    [GeneratedRegex(@"modif|updat|aktualisiert|edited|comment", RegexOptions.CultureInvariant)]
    private static partial Regex UpdateName();

    // Elements that print a date: "date", "time", "published", "datum", "fecha", "meta", "byline", "dateline", "info".
    [GeneratedRegex(@"date|time|publi|posted|datum|fecha|data\b|meta|byline|dateline|info|stamp", RegexOptions.CultureInvariant)]
    private static partial Regex DateName();
}
