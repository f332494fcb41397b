namespace NewsReader.Parsing.Html;

/// <summary>
/// Measures how deep HTML nests its elements before AngleSharp builds a tree of it. The tree
/// builder, Readability and the sanitiser each walk up or down the open elements, so their work
/// grows with depth times size: 100,000 nested <c>div</c>s took minutes. The scan follows the
/// tokenizer's shape (comments, raw text, void elements, foreign <c>/&gt;</c>) and the tree
/// builder's main closing rules (end tags stop at special elements, <c>p</c>, <c>li</c>, cells and
/// rows close their open twin); where it simplifies, it errs towards counting deeper.
/// </summary>
public static class HtmlDepth
{
    /// <summary>Real pages nest a few dozen levels; this keeps every later stage's work near linear.</summary>
    public const int Limit = 256;

    private static readonly HashSet<string> Void = new(StringComparer.Ordinal)
    {
        "area", "base", "basefont", "bgsound", "br", "col", "embed", "frame", "hr", "img", "input", "keygen", "link", "meta", "param", "source", "track", "wbr",
    };

    private static readonly HashSet<string> RawText = new(StringComparer.Ordinal)
    {
        "script", "style", "textarea", "title", "xmp", "iframe", "noembed", "noframes", "noscript",
    };

    /// <summary>Elements an end tag for another element does not close (HTML's "special" category, in part).</summary>
    private static readonly HashSet<string> Special = new(StringComparer.Ordinal)
    {
        "address", "article", "aside", "blockquote", "body", "button", "caption", "center", "dd", "details", "dialog", "div", "dl", "dt",
        "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "html", "li", "main", "menu",
        "nav", "ol", "p", "pre", "section", "select", "summary", "table", "tbody", "td", "template", "tfoot", "th", "thead", "tr", "ul",
    };

    /// <summary>Start tags that close an open element of the same group, as far as the group's boundary.</summary>
    private static readonly Dictionary<string, (string[] Group, string[] Boundary)> SelfClosing = new(StringComparer.Ordinal)
    {
        ["p"] = (["p"], ["button", "table", "td", "th", "caption", "template", "html"]),
        ["li"] = (["li"], ["ul", "ol", "table", "td", "th", "template", "html"]),
        ["dd"] = (["dd", "dt"], ["dl", "table", "td", "th", "template", "html"]),
        ["dt"] = (["dd", "dt"], ["dl", "table", "td", "th", "template", "html"]),
        ["option"] = (["option"], ["select", "datalist", "template", "html"]),
        ["tr"] = (["tr"], ["table", "template", "html"]),
        ["td"] = (["td", "th"], ["tr", "table", "template", "html"]),
        ["th"] = (["td", "th"], ["tr", "table", "template", "html"]),
    };

    /// <summary>Block start tags close an open paragraph.</summary>
    private static readonly HashSet<string> ClosesParagraph = new(StringComparer.Ordinal)
    {
        "address", "article", "aside", "blockquote", "center", "details", "dialog", "div", "dl", "fieldset", "figcaption", "figure", "footer",
        "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "main", "menu", "nav", "ol", "pre", "section", "summary", "table", "ul",
    };

    public static NestingDepth Measure(string html, int stopAfter = Limit)
    {
        ArgumentNullException.ThrowIfNull(html);
        var open = new List<string>();
        var foreign = 0;
        var deepest = new NestingDepth(0, 0);
        var at = 0;
        while ((at = html.IndexOf('<', at)) >= 0 && at + 1 < html.Length)
        {
            var next = html[at + 1];
            if (html.AsSpan(at).StartsWith("<!--", StringComparison.Ordinal))
            {
                at = After(html, "-->", at + 4);
            }
            else if (next is '!' or '?')
            {
                at = After(html, ">", at + 2);
            }
            else if (next == '/' && at + 2 < html.Length && char.IsAsciiLetter(html[at + 2]))
            {
                var (name, end) = Tag(html, at + 2);
                Close(open, name, ref foreign);
                at = end;
            }
            else if (char.IsAsciiLetter(next))
            {
                var (name, end) = Tag(html, at + 1);
                var selfClosed = end >= 2 && html[end - 2] == '/';
                at = end;
                if (Void.Contains(name) || (selfClosed && foreign > 0))
                {
                    continue;
                }

                Open(open, name, ref foreign);
                if (open.Count > deepest.Depth)
                {
                    deepest = new NestingDepth(open.Count, LineAt(html, at));
                    if (deepest.Depth > stopAfter)
                    {
                        break;
                    }
                }

                if (RawText.Contains(name))
                {
                    // Their text is not markup: skip to the matching end tag (or the end).
                    var close = html.IndexOf("</" + name, at, StringComparison.OrdinalIgnoreCase);
                    at = close < 0 ? html.Length : close;
                }
                else if (name == "plaintext")
                {
                    break;
                }
            }
            else
            {
                at++;
            }
        }

        return deepest;
    }

    private static void Open(List<string> open, string name, ref int foreign)
    {
        if (SelfClosing.TryGetValue(name, out var rule))
        {
            PopTo(open, rule.Group, rule.Boundary, ref foreign);
        }

        if (ClosesParagraph.Contains(name))
        {
            PopTo(open, ["p"], SelfClosing["p"].Boundary, ref foreign);
        }

        open.Add(name);
        foreign += name is "svg" or "math" ? 1 : 0;
    }

    /// <summary>An end tag closes its element, unless a special element other than it is open above it.</summary>
    private static void Close(List<string> open, string name, ref int foreign)
    {
        for (var i = open.Count - 1; i >= 0; i--)
        {
            if (open[i] == name)
            {
                Pop(open, i, ref foreign);
                return;
            }

            if (Special.Contains(open[i]))
            {
                return;
            }
        }
    }

    private static void PopTo(List<string> open, string[] group, string[] boundary, ref int foreign)
    {
        for (var i = open.Count - 1; i >= 0; i--)
        {
            if (group.Contains(open[i]))
            {
                Pop(open, i, ref foreign);
                return;
            }

            if (boundary.Contains(open[i]))
            {
                return;
            }
        }
    }

    private static void Pop(List<string> open, int from, ref int foreign)
    {
        for (var i = from; i < open.Count; i++)
        {
            foreign -= open[i] is "svg" or "math" ? 1 : 0;
        }

        open.RemoveRange(from, open.Count - from);
    }

    /// <summary>The lower-cased tag name starting at <paramref name="start"/>, and the index after the tag's <c>&gt;</c>.</summary>
    private static (string Name, int End) Tag(string html, int start)
    {
        var at = start;
        while (at < html.Length && html[at] is not (' ' or '\t' or '\n' or '\r' or '\f' or '/' or '>'))
        {
            at++;
        }

        var name = html[start..at].ToLowerInvariant();
        char? quote = null;
        for (; at < html.Length; at++)
        {
            var c = html[at];
            if (quote is { } q)
            {
                quote = c == q ? null : quote;
            }
            else if (c is '"' or '\'' && html[at - 1] == '=')
            {
                quote = c;
            }
            else if (c == '>')
            {
                return (name, at + 1);
            }
        }

        return (name, html.Length);
    }

    private static int After(string html, string marker, int from)
    {
        var end = html.IndexOf(marker, from, StringComparison.Ordinal);
        return end < 0 ? html.Length : end + marker.Length;
    }

    private static int LineAt(string html, int at) => html.AsSpan(0, Math.Min(at, html.Length)).Count('\n') + 1;
}
