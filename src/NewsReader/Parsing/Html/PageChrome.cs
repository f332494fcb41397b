using AngleSharp.Dom;
using AngleSharp.Html.Dom;

namespace NewsReader.Parsing.Html;

/// <summary>
/// Removes what is plainly not the article before Readability scores the page: navigation,
/// forms, asides, and blocks whose class or id says they are ads, share bars, newsletters,
/// comments or author boxes, and the lone "Advertisement" labels news sites put in the text.
/// Readability alone keeps such blocks when they sit inside the article's container.
/// </summary>
public static class PageChrome
{
    private static readonly HashSet<string> ChromeWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "ad", "ads", "advert", "adverts", "advertisement", "adslot", "dfp", "sponsor", "sponsored", "promo", "promotion",
        "newsletter", "subscribe", "subscription", "signup", "paywall", "share", "sharing", "social", "sharedaddy",
        "related", "bio", "authorbio", "comments", "comment", "respond", "cookie", "cookies", "consent", "outbrain",
        "taboola", "affiliate", "disclosure", "disclaimer", "popular", "trending", "recommended", "mostread", "breadcrumb", "breadcrumbs",
        "author", "autor", "auteur", "cta", "footer",
    };

    private static readonly HashSet<string> AdLabels = new(StringComparer.OrdinalIgnoreCase)
    {
        "advertisement", "advert", "ad", "sponsored", "anzeige", "werbung", "publicité", "publicite", "publicidad",
        "pubblicità", "reclame", "广告", "広告", "광고", "διαφήμιση", "ΔΙΑΦΗΜΙΣΗ", "реклама",
    };

    public static void Remove(IHtmlDocument page)
    {
        ArgumentNullException.ThrowIfNull(page);
        var body = page.Body;
        if (body is null)
        {
            return;
        }

        foreach (var element in body.QuerySelectorAll("nav, form, aside, iframe, footer, [role=navigation], [role=complementary], [aria-label*=advert i]").ToList())
        {
            element.Remove();
        }

        foreach (var element in body.QuerySelectorAll("[class], [id]").ToList())
        {
            if (element.Parent is not null && element.LocalName is not ("body" or "main" or "article") && IsChrome(element) && !HoldsProse(element))
            {
                element.Remove();
            }
        }

        foreach (var element in body.QuerySelectorAll("p, div, span, small").ToList())
        {
            if (element.Children.Length == 0 && AdLabels.Contains(HtmlBlocks.TextOf(element).Trim('-', '—', ' ')))
            {
                element.Remove();
            }
        }
    }

    /// <summary>
    /// Whether a block holds running text rather than chrome: many words in paragraphs, few of them
    /// links. Class names are a guess ("ads-helper", "author-content" wrap whole articles on some
    /// sites); share bars, teaser lists and author boxes are short or made of links. Comments are
    /// prose too, so a block named for comments is removed regardless.
    /// </summary>
    private static bool HoldsProse(IElement element)
    {
        var names = $"{element.GetAttribute("class")} {element.Id}";
        if (names.Contains("comment", StringComparison.OrdinalIgnoreCase) || names.Contains("respond", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        var prose = element.QuerySelectorAll("p").Where(p => p.TextContent.Length >= 80).ToList();
        var proseLength = prose.Sum(p => p.TextContent.Length);
        var linkLength = prose.Sum(p => p.QuerySelectorAll("a").Sum(a => a.TextContent.Length));
        return prose.Count >= 3 && proseLength >= 500 && linkLength < proseLength / 4;
    }

    private static bool IsChrome(IElement element)
    {
        var names = $"{element.GetAttribute("class")} {element.Id}";
        return names.Split([' ', '-', '_'], StringSplitOptions.RemoveEmptyEntries).Any(ChromeWords.Contains);
    }
}
