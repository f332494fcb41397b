using System.Text;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using NewsReader.Articles;

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

        var text = article.BodyText.Length > 0 ? article.BodyText : article.Headline;
        var terms = query.Terms.ToHashSet(StringComparer.Ordinal);
        var tokens = SearchTokenizer.Tokenize(text);
        if (tokens.Count == 0)
        {
            return Encoder.Encode(text);
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

        var cursor = from;
        for (var i = start; i < end; i++)
        {
            var token = tokens[i];
            if (!terms.Contains(token.Term))
            {
                continue;
            }

            html.Append(Encoder.Encode(text[cursor..token.Start]))
                .Append("<mark>").Append(Encoder.Encode(text.Substring(token.Start, token.Length))).Append("</mark>");
            cursor = token.Start + token.Length;
        }

        html.Append(Encoder.Encode(text[cursor..to]));
        if (to < text.Length)
        {
            html.Append(" …");
        }

        return html.ToString().Replace('\n', ' ');
    }

    /// <summary>The window with the most distinct query terms, the earliest on a tie.</summary>
    private static int BestWindowStart(List<SearchToken> tokens, HashSet<string> terms)
    {
        var best = 0;
        var bestScore = -1;
        for (var start = 0; start < tokens.Count; start = Math.Max(start + 1, start + (WindowWords / 3)))
        {
            var distinct = tokens.Skip(start).Take(WindowWords).Where(t => terms.Contains(t.Term)).Select(t => t.Term).Distinct().Count();
            if (distinct > bestScore)
            {
                (best, bestScore) = (start, distinct);
            }
        }

        // Start a few words before the first match, so it is read in context.
        var firstMatch = tokens.FindIndex(best, t => terms.Contains(t.Term));
        return firstMatch < 0 ? best : Math.Max(0, firstMatch - 5);
    }
}
