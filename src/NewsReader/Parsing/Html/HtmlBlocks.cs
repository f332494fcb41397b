using System.Collections.Immutable;
using System.Text;
using AngleSharp.Dom;
using NewsReader.Articles;

namespace NewsReader.Parsing.Html;

/// <summary>
/// The text blocks of an HTML body (paragraphs, subheadings, list items…), in order, for search,
/// snippets, topics and word counts, so every format feeds those the same way plain text does.
/// </summary>
public static class HtmlBlocks
{
    private static readonly HashSet<string> BlockElements = new(StringComparer.Ordinal)
    {
        "p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "figcaption", "td", "th", "caption",
        "dt", "dd", "pre", "div", "section", "article", "ul", "ol", "dl", "table", "thead", "tbody", "tr", "figure", "main",
    };

    public static ImmutableArray<ParsedBlock> From(string html)
    {
        ArgumentNullException.ThrowIfNull(html);
        var document = ThreadHtmlParser.ParseBody(html);
        var blocks = ImmutableArray.CreateBuilder<ParsedBlock>();
        Collect(document.Body!, blocks);
        return blocks.ToImmutable();
    }

    /// <summary>The text of an element as a reader sees it: whitespace collapsed, trimmed.</summary>
    public static string TextOf(INode node) => TextCleaner.CollapseWhitespace(node.TextContent);

    /// <summary>
    /// Walks the block elements depth first with a stack of its own rather than recursion, so no
    /// input, however deeply nested, can exhaust the thread's stack. A block element holding other
    /// blocks is entered; one holding only text and inline elements is one block.
    /// </summary>
    private static void Collect(IElement body, ImmutableArray<ParsedBlock>.Builder blocks)
    {
        var loose = new StringBuilder();
        var open = new Stack<IEnumerator<INode>>();
        open.Push(body.ChildNodes.GetEnumerator());
        while (open.TryPeek(out var children))
        {
            if (!children.MoveNext())
            {
                children.Dispose();
                open.Pop();
                Flush(loose, blocks);
                continue;
            }

            var child = children.Current;
            if (child is IElement element && BlockElements.Contains(element.LocalName))
            {
                Flush(loose, blocks);
                if (element.Children.Any(c => BlockElements.Contains(c.LocalName)))
                {
                    open.Push(element.ChildNodes.GetEnumerator());
                }
                else
                {
                    Add(blocks, TextOf(element), KindOf(element.LocalName));
                }
            }
            else
            {
                loose.Append(child.TextContent);
            }
        }
    }

    private static void Flush(StringBuilder loose, ImmutableArray<ParsedBlock>.Builder blocks)
    {
        Add(blocks, TextCleaner.CollapseWhitespace(loose.ToString()), ArticleBlockKind.Paragraph);
        loose.Clear();
    }

    private static void Add(ImmutableArray<ParsedBlock>.Builder blocks, string text, ArticleBlockKind kind)
    {
        if (text.Length > 0)
        {
            blocks.Add(new ParsedBlock(kind, text));
        }
    }

    private static ArticleBlockKind KindOf(string name) => name switch
    {
        "p" or "div" or "section" or "article" or "main" => ArticleBlockKind.Paragraph,
        "h1" or "h2" or "h3" or "h4" or "h5" or "h6" => ArticleBlockKind.Heading,
        _ => ArticleBlockKind.Other,
    };
}
