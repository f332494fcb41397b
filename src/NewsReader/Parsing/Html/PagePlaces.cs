using AngleSharp.Dom;

namespace NewsReader.Parsing.Html;

/// <summary>
/// Where on a page an element sits, for the metadata read from the markup itself: a byline or a
/// date belongs to the article when it stands near its headline or in its header or footer, not
/// when it sits in a comment, a teaser list, a sidebar, the navigation or the site's footer.
/// </summary>
internal static class PagePlaces
{
    private static readonly HashSet<string> AsideWords = new(StringComparer.Ordinal)
    {
        "comment", "comments", "reply", "replies", "respond", "discussion", "disqus", "related", "teaser", "teasers", "recommend", "recommended",
        "recommendations", "sidebar", "widget", "widgets", "popular", "trending", "readmore", "newsletter", "nav", "navigation", "menu", "breadcrumb",
        "breadcrumbs", "carousel", "slider", "share", "sharing", "social", "promo", "advert", "ad", "ads", "more", "also",
    };

    /// <summary>
    /// In a comment thread, a teaser or "related" list, a sidebar, a menu or the page footer. Only
    /// the element and its ancestors below the block that holds the headline count: the page's
    /// outer wrappers ("one-sidebar", "with-navigation") hold the article too.
    /// </summary>
    public static bool IsAside(IElement element, IElement? headline)
    {
        ArgumentNullException.ThrowIfNull(element);
        for (var node = element; node is not null && node.LocalName is not ("body" or "html"); node = node.ParentElement)
        {
            if (headline is not null && node.Contains(headline))
            {
                return false;
            }

            var inArticle = node.ParentElement?.Closest("article, main") is not null;
            if ((node.LocalName is "nav" or "aside" or "menu" or "footer" && !inArticle) || NameOf(node).Split(' ', '-', '_').Any(AsideWords.Contains))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The <c>&lt;h1&gt;</c> that shows the chosen title, else the first in an article: not a teaser's.</summary>
    public static IElement? Headline(IDocument page, string? title)
    {
        ArgumentNullException.ThrowIfNull(page);
        var key = title is null ? null : TextCleaner.CollapseWhitespace(title);
        return page.QuerySelectorAll("h1").FirstOrDefault(h1 => key is not null && string.Equals(TextCleaner.CollapseWhitespace(h1.TextContent), key, StringComparison.OrdinalIgnoreCase))
            ?? page.QuerySelectorAll("h1").FirstOrDefault(h1 => h1.Closest("article, main") is not null && !IsAside(h1, null))
            ?? page.QuerySelector("h1");
    }

    /// <summary>In the article, its <c>main</c> or the block that holds the headline.</summary>
    public static bool IsInArticle(IElement element, IElement? headline) =>
        element.Closest("article, main, [itemprop=articleBody], [role=main]") is not null
        || (headline?.ParentElement is { } around && (around.Contains(element) || around.ParentElement?.Contains(element) == true));

    /// <summary>The class and id of an element, lower case, for the name patterns.</summary>
    public static string NameOf(IElement element) =>
        $"{element.GetAttribute("class")} {element.Id}".ToLowerInvariant();
}
