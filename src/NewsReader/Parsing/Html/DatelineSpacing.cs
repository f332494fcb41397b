using System.Text.RegularExpressions;
using AngleSharp.Dom;

namespace NewsReader.Parsing.Html;

/// <summary>
/// Puts back the space a site's stylesheet supplied after a dateline set in its own element:
/// <c>&lt;p&gt;&lt;cite&gt;London (CNN)&lt;/cite&gt;It was…</c> read as "London (CNN)It was" once the
/// styles were gone. Only an element that opens its paragraph and ends in a parenthesised source
/// is touched, so a drop cap (<c>&lt;span&gt;I&lt;/span&gt;t was</c>) stays one word.
/// </summary>
public static partial class DatelineSpacing
{
    public static void Restore(IElement root)
    {
        ArgumentNullException.ThrowIfNull(root);
        foreach (var paragraph in root.QuerySelectorAll("p"))
        {
            var first = paragraph.ChildNodes.FirstOrDefault(n => n is not IText t || !string.IsNullOrWhiteSpace(t.Data));
            if (first is IElement opener
                && opener.NextSibling is IText { Data: [var next, ..] } following
                && char.IsLetter(next)
                && EndsWithSource().IsMatch(opener.TextContent))
            {
                following.Data = " " + following.Data;
            }
        }
    }

    // "(CNN)", "(Reuters)", "(AP Photo)"; short, so a sentence that ends in a bracket is not taken.
    [GeneratedRegex(@"\(\p{L}[\p{L}\p{N} .&'-]{0,30}\)\s*$")]
    private static partial Regex EndsWithSource();
}
