using AngleSharp.Dom;

namespace NewsReader.Parsing.Html;

/// <summary>
/// Replaces elements the sanitiser does not allow but whose content is the article's own text by
/// that content: custom elements (<c>&lt;story-body&gt;</c>, any name with a hyphen), old
/// presentational wrappers (center, big, font) and disclosure boxes (details, summary). The sanitiser
/// drops a disallowed element together with everything inside it, and whole articles went with them.
/// </summary>
public static class WrapperElements
{
    private static readonly HashSet<string> Unwrapped = new(StringComparer.Ordinal)
    {
        "center", "big", "tt", "nobr", "details", "summary", "picture", "dfn", "var", "samp", "bdi", "bdo", "data",
        "font", "strike", "acronym", "hgroup", "marquee",
    };

    /// <summary>Unwraps every such element under <paramref name="root"/>, in place.</summary>
    /// <remarks>
    /// Done on the page before Readability sees it: Readability takes font and the like for inline
    /// text and ran the paragraphs inside one together into a single paragraph.
    /// </remarks>
    public static void Unwrap(IElement root)
    {
        ArgumentNullException.ThrowIfNull(root);
        var wrappers = root.QuerySelectorAll("*").Where(e => e.LocalName.Contains('-', StringComparison.Ordinal) || Unwrapped.Contains(e.LocalName)).ToList();

        // Innermost first, so an unwrapped element's children are already plain when it goes.
        for (var i = wrappers.Count - 1; i >= 0; i--)
        {
            var wrapper = wrappers[i];
            wrapper.Replace([.. wrapper.ChildNodes]);
        }
    }
}
