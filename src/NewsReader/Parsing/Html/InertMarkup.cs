using System.Text;

namespace NewsReader.Parsing.Html;

/// <summary>
/// Cuts what a reader never sees as text out of a saved page before it is parsed: scripts (except
/// JSON-LD, which the metadata reads), styles, inline SVG, templates and comments. Real saved pages
/// are 1–5 MB and mostly these; without them the tree is a fraction of the size, and Readability,
/// whose work grows with the tree and cannot be interrupted, stays well inside the parse budget.
/// One pass over the text, following the tokenizer where it matters: raw text ends at the first
/// matching end tag, and text elements (title, textarea) are copied untouched. Where an element is
/// not closed the rest is left as it is, so a malformed page is never cut short here.
/// </summary>
public static class InertMarkup
{
    public static string Strip(string html)
    {
        ArgumentNullException.ThrowIfNull(html);
        var kept = new StringBuilder(html.Length / 2);
        var copied = 0;
        var at = 0;
        while (at < html.Length && html.IndexOf('<', at) is var open and >= 0)
        {
            var (cut, next) = Inspect(html, open);
            if (cut)
            {
                kept.Append(html, copied, open - copied);
                copied = next;
            }

            at = next;
        }

        return copied == 0 ? html : kept.Append(html, copied, html.Length - copied).ToString();
    }

    /// <summary>
    /// Whether the markup opening at <paramref name="open"/> is cut, and where the scan goes on: after
    /// the inert element, after the tag or raw text of any other element, or at the next character.
    /// </summary>
    private static (bool Cut, int Next) Inspect(string html, int open)
    {
        var rest = html.AsSpan(open);
        if (rest.StartsWith("<!--", StringComparison.Ordinal))
        {
            // "<!-->" and "<!--->" are whole (empty) comments to the tokenizer.
            var close = rest.StartsWith("<!-->", StringComparison.Ordinal) ? open + 2
                : rest.StartsWith("<!--->", StringComparison.Ordinal) ? open + 3
                : html.IndexOf("-->", open + 4, StringComparison.Ordinal);
            return close < 0 ? (false, html.Length) : (true, close + 3);
        }

        var name = TagName(rest);
        var tagEnd = name.Length == 0 ? -1 : TagEnd(html, open + 1 + name.Length);
        if (tagEnd < 0)
        {
            return (false, open + 1);
        }

        var lower = name.ToString().ToLowerInvariant();
        if (lower == "svg")
        {
            var svgEnd = html[tagEnd - 2] == '/' ? tagEnd : SvgEnd(html, tagEnd);
            return svgEnd > 0 ? (true, svgEnd) : (false, tagEnd);
        }

        if (lower is not ("script" or "style" or "template" or "title" or "textarea"))
        {
            return (false, tagEnd);
        }

        var closeAt = html.IndexOf("</" + lower, tagEnd, StringComparison.OrdinalIgnoreCase);
        if (closeAt < 0)
        {
            return (false, html.Length);
        }

        var keep = lower is "title" or "textarea" || (lower == "script" && html.AsSpan(open, tagEnd - open).Contains("ld+json", StringComparison.OrdinalIgnoreCase));
        return (!keep, keep ? closeAt + 1 : AfterTag(html, closeAt));
    }

    /// <summary>The end of the matching &lt;/svg&gt;, counting nested svg elements; 0 when it is never closed.</summary>
    private static int SvgEnd(string html, int from)
    {
        var depth = 1;
        var at = from;
        while (html.IndexOf("svg", at, StringComparison.OrdinalIgnoreCase) is var hit and >= 0)
        {
            at = hit + 3;
            var next = at < html.Length ? html[at] : '>';
            var boundary = next is '>' or '/' || char.IsWhiteSpace(next);
            if (boundary && hit >= 2 && html[hit - 2] == '<' && html[hit - 1] == '/')
            {
                depth--;
                if (depth == 0)
                {
                    return AfterTag(html, hit - 2);
                }
            }
            else if (boundary && hit >= 1 && html[hit - 1] == '<')
            {
                var tagEnd = TagEnd(html, at);
                if (tagEnd < 0)
                {
                    return 0;
                }

                depth += html[tagEnd - 2] == '/' ? 0 : 1;
                at = tagEnd;
            }
        }

        return 0;
    }

    private static ReadOnlySpan<char> TagName(ReadOnlySpan<char> rest)
    {
        var length = 1;
        while (length < rest.Length && (char.IsAsciiLetter(rest[length]) || (length > 1 && char.IsAsciiDigit(rest[length]))))
        {
            length++;
        }

        var after = length < rest.Length ? rest[length] : '\0';
        return length > 1 && (after is '>' or '/' || char.IsWhiteSpace(after)) ? rest[1..length] : [];
    }

    /// <summary>The position after the '&gt;' that ends the tag whose attributes start at <paramref name="from"/>, skipping quoted values.</summary>
    private static int TagEnd(string html, int from)
    {
        var quote = '\0';
        for (var i = from; i < html.Length; i++)
        {
            var c = html[i];
            if (quote != '\0')
            {
                quote = c == quote ? '\0' : quote;
            }
            else if (c is '"' or '\'' && PrecededByEquals(html, i, from))
            {
                quote = c;
            }
            else if (c == '>')
            {
                return i + 1;
            }
        }

        return -1;
    }

    private static bool PrecededByEquals(string html, int at, int from)
    {
        var i = at - 1;
        while (i >= from && char.IsWhiteSpace(html[i]))
        {
            i--;
        }

        return i >= from && html[i] == '=';
    }

    private static int AfterTag(string html, int closeAt)
    {
        var end = html.IndexOf('>', closeAt);
        return end < 0 ? html.Length : end + 1;
    }
}
