using System.Text;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using NewsReader.Articles;
using NewsReader.Search.Languages;

namespace NewsReader.Search;

/// <summary>
/// The passage of an article that best matches a query, as safe HTML: every character of the
/// article is encoded, and only the matched words are wrapped in &lt;mark&gt;.
/// </summary>
public static class Snippets
{
    /// <summary>About two lines of text in a result list.</summary>
    public const int WindowWords = 30;

    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    public static string Build(Article article, SearchQuery query)
    {
        ArgumentNullException.ThrowIfNull(article);
        ArgumentNullException.ThrowIfNull(query);

        // The article's words are stemmed in its language, and so the query's words are read in it.
        // A query read for articles all in one language needs no look at the article to know it.
        var language = query.Languages is [var only] ? only : ArticleLanguage.OfResult(article);
        query = query.In(language);

        // Only the first block that mentions a query word is read: a snippet is one passage,
        // and tokenising whole articles for every hit on every results page is the expensive part.
        var terms = query.Terms.ToHashSet(StringComparer.Ordinal);
        var blocks = article.Body.Select(b => b.Text).Prepend(article.Caption).OfType<string>();
        string? text = null;
        List<SearchToken>? tokens = null;
        foreach (var block in blocks.Append(article.Headline))
        {
            var blockTokens = SearchTokenizer.Tokenize(block, language);
            if (blockTokens.Exists(t => terms.Contains(t.Term)))
            {
                (text, tokens) = (block, blockTokens);
                break;
            }
        }

        if (text is null || tokens is null)
        {
            text = article.Standfirst ?? article.Headline;
            return Encoder.Encode(TextCleanerShorten(text));
        }

        var start = BestWindowStart(tokens, terms);
        var end = Math.Min(tokens.Count, start + WindowWords);
        var from = start == 0 ? 0 : tokens[start].Start;
        var to = end == tokens.Count ? text.Length : tokens[end - 1].Start + tokens[end - 1].Length;

        var html = new StringBuilder();
        if (from > 0)
        {
            html.Append("… ");
        }

        // Marked spans are merged where they overlap: CJK pairs ("宇航", "航员") are one mark ("宇航员").
        var cursor = from;
        var (markStart, markEnd) = (-1, -1);
        for (var i = start; i < end; i++)
        {
            var token = tokens[i];
            if (!terms.Contains(token.Term))
            {
                continue;
            }

            if (markStart >= 0 && token.Start < markEnd)
            {
                markEnd = Math.Max(markEnd, token.Start + token.Length);
                continue;
            }

            cursor = Mark(html, text, cursor, markStart, markEnd);
            (markStart, markEnd) = (token.Start, token.Start + token.Length);
        }

        cursor = Mark(html, text, cursor, markStart, markEnd);
        html.Append(Encoder.Encode(text[cursor..to]));
        if (to < text.Length)
        {
            html.Append(" …");
        }

        return html.ToString();
    }

    private static string TextCleanerShorten(string text) => ShortText.Cut(text, 200);

    /// <summary>Appends the text up to a marked span and the span itself (nothing when there is none); returns where the text goes on.</summary>
    private static int Mark(StringBuilder html, string text, int cursor, int start, int end)
    {
        if (start < 0)
        {
            return cursor;
        }

        html.Append(Encoder.Encode(text[cursor..start])).Append("<mark>").Append(Encoder.Encode(text[start..end])).Append("</mark>");
        return end;
    }

    /// <summary>Starts a few words before the first match, so it is read in context.</summary>
    private static int BestWindowStart(List<SearchToken> tokens, HashSet<string> terms)
    {
        var firstMatch = tokens.FindIndex(t => terms.Contains(t.Term));
        return firstMatch < 0 ? 0 : Math.Max(0, firstMatch - 5);
    }
}
