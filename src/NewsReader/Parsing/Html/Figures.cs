using AngleSharp.Dom;

namespace NewsReader.Parsing.Html;

/// <summary>
/// A figure whose picture is gone leaves its caption and credit behind: a stray "Photo: AP" line
/// between paragraphs. Such a figure goes; one that holds text of its own (a pull quote, a table,
/// a code listing) stays, and so does a figure that never had a picture (a gallery slide of an
/// embed, whose caption is the text).
/// </summary>
public static class Figures
{
    /// <param name="bereft">The figures that lost a picture.</param>
    public static void RemoveEmpty(IEnumerable<IElement> bereft)
    {
        ArgumentNullException.ThrowIfNull(bereft);
        foreach (var figure in bereft)
        {
            if (figure.Parent is not null && figure.QuerySelector("img, video, audio, table, pre, code, blockquote, ul, ol") is null && !HasOwnText(figure))
            {
                figure.Remove();
            }
        }
    }

    /// <summary>Whether any text lies outside the figure's caption and credit.</summary>
    private static bool HasOwnText(IElement figure) =>
        figure.GetDescendants().OfType<IText>().Any(text => text.Data.Trim().Length > 0 && text.ParentElement?.Closest("figcaption, .credit") is null);
}
