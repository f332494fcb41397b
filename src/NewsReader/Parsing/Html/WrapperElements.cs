using AngleSharp.Dom;

namespace NewsReader.Parsing.Html;

/// <summary>
/// Replaces elements the sanitiser does not allow but whose content is the article's own text by
/// that content: custom elements (<c>&lt;story-body&gt;</c>, any name with a hyphen), old
/// presentational wrappers (center, big) and disclosure boxes (details, summary). The sanitiser
/// drops a disallowed element together with everything inside it, and whole articles went with them.
/// </summary>
public static class WrapperElements
{
    private static readonly HashSet<string> Unwrapped = new(StringComparer.Ordinal)
    {
        "center", "big", "tt", "nobr", "details", "summary", "picture", "dfn", "var", "samp", "bdi", "bdo", "data",
    };

    public static string Unwrap(string html)
    {
        ArgumentNullException.ThrowIfNull(html);
        var document = ThreadHtmlParser.ParseBody(html);
        var wrappers = document.Body!.QuerySelectorAll("*").Where(e => e.LocalName.Contains('-', StringComparison.Ordinal) || Unwrapped.Contains(e.LocalName)).ToList();
        if (wrappers.Count == 0)
        {
            return html;
        }

        // Innermost first, so an unwrapped element's children are already plain when it goes.
        for (var i = wrappers.Count - 1; i >= 0; i--)
        {
            var wrapper = wrappers[i];
            wrapper.Replace([.. wrapper.ChildNodes]);
        }

        return document.Body.InnerHtml;
    }
}
