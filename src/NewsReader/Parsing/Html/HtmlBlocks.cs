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

    private static void Collect(IElement container, ImmutableArray<ParsedBlock>.Builder blocks)
    {
        var loose = new StringBuilder();
        foreach (var child in container.ChildNodes)
        {
            if (child is IElement element && BlockElements.Contains(element.LocalName))
            {
                Flush(loose, blocks);
                if (element.Children.Any(c => BlockElements.Contains(c.LocalName)))
                {
                    Collect(element, blocks);
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

        Flush(loose, blocks);
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
