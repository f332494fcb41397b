using AngleSharp.Dom;

namespace NewsReader.Parsing.Html;

/// <summary>
/// The second pass over what Readability kept: blocks that are mostly links are lists of other
/// articles ("read more", related stories, tag lists, share and follow links), not the article's
/// text. A list goes when nine tenths of its text is links (a list of sources with dates stays), a
/// block of blocks when over half is, and a short line when three quarters is ("Read also:
/// <i>another headline</i>"). Headings, tables, quotes, code and figures stay: a data table may link
/// every row, and a heading that links to its own anchor is still a heading.
/// </summary>
public static class LinkDenseBlocks
{
    public static void Remove(IElement body)
    {
        ArgumentNullException.ThrowIfNull(body);
        foreach (var element in body.QuerySelectorAll("ul, ol, dl, div, section, p").ToList())
        {
            if (element.Parent is null || element.Closest("table, pre, blockquote, figure") is not null)
            {
                continue;
            }

            var text = HtmlBlocks.TextOf(element).Length;
            if (text == 0)
            {
                continue;
            }

            var links = element.QuerySelectorAll("a").Sum(a => HtmlBlocks.TextOf(a).Length);
            var isList = element.LocalName is "ul" or "ol" or "dl";
            var holdsBlocks = element.QuerySelector("p, ul, ol, div, section") is not null;
            var dense = isList ? links * 10 >= text * 9 : holdsBlocks ? links * 2 > text : links * 4 >= text * 3 && text < 300;
            if (dense)
            {
                element.Remove();
            }
        }
    }
}
