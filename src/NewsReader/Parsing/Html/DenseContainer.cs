using AngleSharp.Dom;
using AngleSharp.Html.Dom;

namespace NewsReader.Parsing.Html;

/// <summary>
/// The page's largest text-dense container: the element whose own paragraphs hold the most running
/// text (paragraphs of some length, few of their words in links). Readability sometimes settles on a
/// photo caption, a teaser or nothing at all (a page whose text sits in unusual wrappers); this is
/// the second opinion <see cref="HtmlArticleParser"/> takes when Readability's pick is much shorter.
/// Found before Readability runs, because Readability rewrites the tree it is given.
/// </summary>
public static class DenseContainer
{
    private const int MinParagraph = 40;

    // Paragraphs of running text only: lists, cells and headings are as often menus, widgets and teasers.
    private const string Paragraphs = "p, pre, blockquote";

    private const string Blocks = "p, div, ul, ol, li, table, blockquote, section, article";

    public sealed record Candidate(string Html, int TextLength);

    public static Candidate? Find(IHtmlDocument page)
    {
        ArgumentNullException.ThrowIfNull(page);
        if (page.Body is null)
        {
            return null;
        }

        var scores = new Dictionary<IElement, int>();
        foreach (var paragraph in page.Body.QuerySelectorAll(Paragraphs))
        {
            var length = HtmlBlocks.TextOf(paragraph).Length;
            if (length < MinParagraph || LinkLength(paragraph) * 2 > length || paragraph.QuerySelector(Blocks) is not null)
            {
                continue;
            }

            var parent = Container(paragraph.ParentElement);
            if (parent is null)
            {
                continue;
            }

            scores[parent] = scores.GetValueOrDefault(parent) + length;
            if (Container(parent.ParentElement) is { } grandparent)
            {
                scores[grandparent] = scores.GetValueOrDefault(grandparent) + (length / 2);
            }
        }

        if (scores.Count == 0)
        {
            return null;
        }

        var best = scores.MaxBy(pair => pair.Value).Key;
        var text = best.QuerySelectorAll(Paragraphs)
            .Where(p => p.QuerySelector(Blocks) is null)
            .Sum(p => HtmlBlocks.TextOf(p) is { Length: >= MinParagraph } t && LinkLength(p) * 2 <= t.Length ? t.Length : 0);
        return new Candidate(best.OuterHtml, text);
    }

    /// <summary>The nearest block that can hold paragraphs (lists and inline wrappers are looked through).</summary>
    private static IElement? Container(IElement? element)
    {
        while (element is not null && element.LocalName is "ul" or "ol" or "span" or "b" or "i" or "em" or "strong" or "font" or "tbody" or "tr")
        {
            element = element.ParentElement;
        }

        return element is null || element.LocalName is "html" ? null : element;
    }

    private static int LinkLength(IElement element) => element.QuerySelectorAll("a").Sum(a => HtmlBlocks.TextOf(a).Length);
}
