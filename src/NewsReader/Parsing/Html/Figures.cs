using AngleSharp.Dom;

namespace NewsReader.Parsing.Html;

/// <summary>
/// A figure whose picture is gone leaves its caption and credit behind: a stray "Photo: AP" line
/// between paragraphs. Such a figure goes; one that holds text of its own (a pull quote, a table,
/// a code listing) stays, picture or not.
/// </summary>
public static class Figures
{
    public static void RemoveEmpty(IElement? root)
    {
        if (root is null)
        {
            return;
        }

        foreach (var figure in root.QuerySelectorAll("figure").Reverse().ToList())
        {
            if (figure.QuerySelector("img, video, audio, table, pre, code, blockquote, ul, ol") is null && !HasOwnText(figure))
            {
                figure.Remove();
            }
        }

        foreach (var caption in root.QuerySelectorAll("figcaption").ToList())
        {
            // A caption outside any figure captions nothing the reader can see.
            if (caption.Closest("figure") is null)
            {
                caption.Remove();
            }
        }
    }

    /// <summary>Whether any text lies outside the figure's caption.</summary>
    private static bool HasOwnText(IElement figure) =>
        figure.GetDescendants().OfType<IText>().Any(text => text.Data.Trim().Length > 0 && text.ParentElement?.Closest("figcaption, .credit") is null);
}
