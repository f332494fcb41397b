using AngleSharp.Dom;

namespace NewsReader.Parsing.Html;

/// <summary>
/// A table or code listing wider than the column scrolls sideways inside a frame of its own rather
/// than widening the page. The frame is a named region in the tab order, so a keyboard can scroll
/// it too (axe's scrollable-region-focusable) and a screen reader says what it holds; the site's
/// stylesheet shades its edges while more lies beyond them. Added at ingestion, after sanitising,
/// so every page, feed and API answer carries the same body.
/// </summary>
public static class ScrollingBlocks
{
    /// <summary>The frame's class: the one class besides the credit's that a body carries.</summary>
    public const string ClassName = "scroll-frame";

    /// <summary>Wraps each outermost table and <c>pre</c> under <paramref name="root"/> in a frame, once.</summary>
    public static void Wrap(IElement root)
    {
        ArgumentNullException.ThrowIfNull(root);
        foreach (var block in root.QuerySelectorAll("table, pre").ToList())
        {
            // A table inside a table (or a listing inside a cell) scrolls with its outer frame.
            if (block.Parent is IElement { LocalName: "div" } parent && parent.ClassList.Contains(ClassName)
                || block.ParentElement?.Closest("table, pre") is not null)
            {
                continue;
            }

            var frame = block.Owner!.CreateElement("div");
            frame.ClassList.Add(ClassName);
            frame.SetAttribute("role", "region");
            frame.SetAttribute("tabindex", "0");
            frame.SetAttribute("aria-label", Label(block));
            block.Replace(frame);
            frame.AppendChild(block);
        }
    }

    /// <summary>"Table: Results by district" when the table has a caption; else what it is.</summary>
    private static string Label(IElement block)
    {
        if (block.LocalName == "pre")
        {
            return "Code";
        }

        var caption = block.QuerySelector("caption") is { } element ? HtmlBlocks.TextOf(element) : "";
        return caption.Length is > 0 and <= 120 ? $"Table: {caption}" : "Table";
    }
}
