using AngleSharp.Dom;

namespace NewsReader.Parsing.Html;

/// <summary>
/// Renumbers an article body's headings so the page's outline never skips a level: the page's one
/// h1 is the headline, so the body's highest heading becomes an h2 and each deeper one is one level
/// below the heading it sits under. A saved page that jumps from its h1 to h4 (or opens at h4)
/// would otherwise leave a screen reader's heading list with gaps, and a Markdown <c># Title</c>
/// would be a second h1. Relative depth is kept: h2, h4, h4, h2 becomes h2, h3, h3, h2.
/// </summary>
public static class HeadingOutline
{
    /// <summary>The level the body's top headings take: one below the headline's h1.</summary>
    public const int TopLevel = 2;

    private const int DeepestLevel = 6;

    private const string Headings = "h1, h2, h3, h4, h5, h6";

    /// <summary>Renumbers the headings under <paramref name="root"/> in place, in document order.</summary>
    public static void Normalize(IElement root)
    {
        ArgumentNullException.ThrowIfNull(root);
        // The headings still open above the current one: their level as written, and as renumbered.
        var open = new Stack<(int Written, int Level)>();
        foreach (var heading in root.QuerySelectorAll(Headings).ToList())
        {
            var written = heading.LocalName[1] - '0';
            while (open.TryPeek(out var above) && above.Written >= written)
            {
                open.Pop();
            }

            var level = open.TryPeek(out var parent) ? Math.Min(parent.Level + 1, DeepestLevel) : TopLevel;
            open.Push((written, level));
            if (level != written)
            {
                Rename(heading, level);
            }
        }
    }

    /// <summary>The same element as an h<paramref name="level"/>: its attributes and children kept.</summary>
    private static void Rename(IElement heading, int level)
    {
        var renamed = heading.Owner!.CreateElement("h" + level.ToString(System.Globalization.CultureInfo.InvariantCulture));
        foreach (var attribute in heading.Attributes)
        {
            renamed.SetAttribute(attribute.Name, attribute.Value);
        }

        foreach (var child in heading.ChildNodes.ToList())
        {
            renamed.AppendChild(child);
        }

        heading.Replace(renamed);
    }
}
