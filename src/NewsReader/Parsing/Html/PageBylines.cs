using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;

namespace NewsReader.Parsing.Html;

/// <summary>
/// The article's authors as the page shows them when its meta tags and JSON-LD name none, found
/// as Readability finds a byline: <c>rel=author</c>, <c>itemprop=author</c> (its <c>name</c>), an
/// element whose class or id names an author or byline (<c>author</c>, <c>byline</c>,
/// <c>vcard</c>'s <c>fn</c>), a link to an author page (<c>/author/…</c>). Those in the article or
/// beside its headline come first; those in comments, teaser lists, sidebars and menus never count.
/// The names are cleaned by <see cref="BylineNames"/>; the site's own name is not an author.
/// </summary>
public static partial class PageBylines
{
    private const int MaxBylineLength = 100;

    /// <summary>
    /// The first source that names a person: the JSON-LD's Person authors, the author meta tag, the
    /// byline in the markup, a "By Jane Doe" line; only then an organisation the JSON-LD names as
    /// author, and never the site itself ("By National Geographic" on its own site).
    /// </summary>
    public static List<string> Authors(IHtmlDocument page, IElement? headline, JsonLdArticle? ld, string? metaAuthor, string? siteName)
    {
        ArgumentNullException.ThrowIfNull(page);
        var publisher = ld?.Publisher;
        bool IsSite(string name) => SameName(name, siteName) || SameName(name, publisher);
        if (ld is { Authors.Count: > 0 } && Names(ld.Authors).Where(n => !IsSite(n)).ToList() is { Count: > 0 } fromLd)
        {
            return fromLd;
        }

        if (metaAuthor is not null && !metaAuthor.Contains("://", StringComparison.Ordinal) && BylineNames.Clean(metaAuthor).Where(n => !IsSite(n)).ToList() is { Count: > 0 } fromMeta)
        {
            return fromMeta;
        }

        if (Find(page, headline).Where(n => !IsSite(n)).ToList() is { Count: > 0 } fromMarkup)
        {
            return fromMarkup;
        }

        if (BylineLines.Find(page, headline).Where(n => !IsSite(n)).ToList() is { Count: > 0 } fromLine)
        {
            return fromLine;
        }

        // A "By Jane Doe" line anywhere near the top of the page.
        var byline = page.QuerySelectorAll("article p, article div, article span, main p, main span, .byline, p, span")
            .Take(400)
            .Select(HtmlBlocks.TextOf)
            .FirstOrDefault(text => Bylines.Parse(text) is not null);
        if (byline is not null)
        {
            return Bylines.Parse(byline)!;
        }

        return ld is null ? [] : [.. Names(ld.OrganizationAuthors).Where(n => !IsSite(n))];
    }

    private static List<string> Names(IEnumerable<string> bylines) =>
        [.. bylines.SelectMany(BylineNames.Clean).Distinct(StringComparer.OrdinalIgnoreCase)];

    private static List<string> Find(IHtmlDocument page, IElement? headline)
    {
        var candidates = page.QuerySelectorAll("[rel~=author], [itemprop~=author], [class], [id], a[href]")
            .Where(IsBylineElement)
            .Where(element => !PagePlaces.IsAside(element, headline))
            .ToList();
        foreach (var element in candidates.Where(e => PagePlaces.IsInArticle(e, headline)).Concat(candidates))
        {
            var names = BylineNames.Clean(TextOf(element));
            if (names.Count > 0)
            {
                // Several authors are often several links of one kind side by side.
                var siblings = candidates.Where(other => other != element && other.LocalName == element.LocalName
                    && other.GetAttribute("class") == element.GetAttribute("class") && other.ParentElement?.ParentElement == element.ParentElement?.ParentElement);
                return [.. names.Concat(siblings.SelectMany(other => BylineNames.Clean(TextOf(other)))).Distinct(StringComparer.OrdinalIgnoreCase)];
            }
        }

        return [];
    }

    /// <summary>"NATIONAL GEOGRAPHIC" is "National Geographic"; "example.com" is "Example".</summary>
    public static bool SameName(string name, string? siteName) =>
        siteName is not null && Squash(name) is { Length: > 0 } squashed
        && (squashed == Squash(siteName) || Squash(siteName).StartsWith(squashed, StringComparison.Ordinal) && squashed.Length * 2 > Squash(siteName).Length);

    private static bool IsBylineElement(IElement element)
    {
        if (element.GetAttribute("rel")?.Split(' ').Contains("author", StringComparer.OrdinalIgnoreCase) == true
            || element.GetAttribute("itemprop")?.Split(' ').Contains("author", StringComparer.OrdinalIgnoreCase) == true)
        {
            return true;
        }

        var name = PagePlaces.NameOf(element);
        if (BylineName().IsMatch(name) && !NotBylineName().IsMatch(name))
        {
            return true;
        }

        return element.LocalName == "a" && AuthorPage().IsMatch(element.GetAttribute("href") ?? "")
            || (element.ClassList.Contains("fn") && element.Closest(".vcard, .h-card") is not null);
    }

    private static string TextOf(IElement element)
    {
        if (element.GetAttribute("itemprop")?.Contains("author", StringComparison.OrdinalIgnoreCase) == true)
        {
            if (element.QuerySelector("[itemprop~=name]") is { } named)
            {
                return named.GetAttribute("content") ?? SpacedText(named);
            }

            if (element.GetAttribute("content") is { Length: > 0 } content)
            {
                return content;
            }
        }

        var text = SpacedText(element);
        return text.Length <= MaxBylineLength ? text : "";
    }

    /// <summary>The element's words with a space between elements: "Jane Doe</a><time>3 hours ago" are not one word.</summary>
    private static string SpacedText(IElement element) =>
        TextCleaner.CollapseWhitespace(string.Join(' ', element.GetDescendants().OfType<IText>()
            .Where(text => text.ParentElement?.LocalName is not ("script" or "style" or "noscript" or "template" or "svg" or "button"))
            .Select(text => text.Data)));

    private static string Squash(string text) => new([.. text.Where(char.IsLetterOrDigit).Select(char.ToLowerInvariant)]);

    [GeneratedRegex(@"author|byline|writtenby|p-author|autor|auteur|verfasser|contributor", RegexOptions.CultureInvariant)]
    private static partial Regex BylineName();

    // Parts of an author box that are not the name: picture, biography, counts, links to more.
    [GeneratedRegex(@"avatar|bio\b|bio-|license|licence|credit|copyright|caption|description|desc\b|about|image|img|photo|picture|thumb|count|title|label|more|posts|icon|social|follow|contact|email|date|time", RegexOptions.CultureInvariant)]
    private static partial Regex NotBylineName();

    [GeneratedRegex(@"/(?:authors?|autor(?:en|in)?|auteurs?|autore|autori|redaktion/autoren|profil(?:e)?/author|writers?|people|staff)/[^/?#]+", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AuthorPage();
}
