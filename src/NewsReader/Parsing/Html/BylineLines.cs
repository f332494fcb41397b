using System.Text.RegularExpressions;
using AngleSharp.Dom;

namespace NewsReader.Parsing.Html;

/// <summary>
/// A line of its own in the article that opens with "By", "Von", "Par", "Por", "Door", "Di",
/// "Written by" or a label ("Autorin:", "Text:", "Redaktion:") and goes on with a name: the byline
/// of a page whose markup gives no author class ("von Jane Doe", "Autorin: Jane Doe, Projektleiterin").
/// Only short elements near the headline or in the article count, never comments or teasers, and
/// the name must follow the lead word at once: "Von Montag an gilt…" names nobody.
/// </summary>
internal static partial class BylineLines
{
    private const int MaxLineLength = 100;

    public static List<string> Find(IDocument page, IElement? headline)
    {
        foreach (var element in page.QuerySelectorAll("p, span, div, small, strong, em, b, i, h5, h6, address, li, td"))
        {
            // The lead word opens the element's own first text: cheap to test before its whole text is read.
            var first = element.ChildNodes.FirstOrDefault(node => node is not IText { Data: var data } || !string.IsNullOrWhiteSpace(data)) as IText;
            if (first is null || !Lead().IsMatch(first.Data.TrimStart()))
            {
                continue;
            }

            var text = FirstLine(element);
            if (text.Length > MaxLineLength || PagePlaces.IsAside(element, headline) || !PagePlaces.IsInArticle(element, headline))
            {
                continue;
            }

            var rest = Lead().Replace(text, "").TrimStart(' ', ':', '\u00a0');
            var names = BylineNames.Clean(text);
            if (names.Count > 0 && rest.StartsWith(names[0], StringComparison.OrdinalIgnoreCase))
            {
                return names;
            }
        }

        return [];
    }

    /// <summary>The element's text up to its first line break: "Von Jane Doe&lt;br&gt;Kakuma – …" is a byline, then the dateline.</summary>
    private static string FirstLine(IElement element) =>
        TextCleaner.CollapseWhitespace(string.Concat(element.ChildNodes.TakeWhile(node => node is not IElement { LocalName: "br" }).Select(node => node.TextContent)));

    [GeneratedRegex(@"^(?:by|von|par|por|door|di|av|af|written\s+by|reported\s+by|story\s+by|texte?\s*:|autor(?:in)?\s*:|auteure?\s*:|autrice\s*:|autore\s*:|author\s*:|redaktion\s*:)(?=[\s:\u00a0]|$)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Lead();
}
