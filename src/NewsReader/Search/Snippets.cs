using System.Text;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using NewsReader.Articles;
using NewsReader.Search.Languages;

namespace NewsReader.Search;

/// <summary>
/// The passage of an article that best matches a query, as safe HTML: every character of the
/// article is encoded, and only the matched words are wrapped in &lt;mark&gt; (a quoted phrase
/// as one mark, and only where its words stand in sequence).
/// </summary>
public static class Snippets
{
    /// <summary>About two lines of text in a result list.</summary>
    public const int WindowWords = 30;

    /// <summary>
    /// Blocks are read until a passage holds every query word or this many words have been read:
    /// tokenising whole long articles for every hit on every results page is the expensive part.
    /// </summary>
    private const int MaxWordsRead = 1500;

    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    public static string Build(Article article, SearchQuery query)
    {
        ArgumentNullException.ThrowIfNull(article);
        ArgumentNullException.ThrowIfNull(query);

        var language = LanguageOf(article, query);
        var matcher = new SnippetMatcher(query.In(language));
        (string Text, List<SearchToken> Tokens, int Start, int Terms)? best = null;
        var read = 0;
        // The headline is shown above the snippet: the standfirst, body and caption are read for
        // a passage, and only an article whose headline alone matches gets its lead instead.
        foreach (var text in TextsOf(article))
        {
            var tokens = SearchTokenizer.Tokenize(text, language);
            read += tokens.Count;
            if (matcher.BestPassage(tokens, PassageFinder.Lead, WindowWords) is { } passage && (best is null || passage.Terms > best.Value.Terms))
            {
                best = (text, tokens, passage.Start, passage.Terms);
            }

            if (best is { } found ? found.Terms == matcher.TermCount || read >= MaxWordsRead : read >= 2 * MaxWordsRead)
            {
                break;
            }
        }

        return best is { } chosen ? Render(chosen.Text, chosen.Tokens, chosen.Start, matcher) : LeadOf(article);
    }

    /// <summary>The snippet of a passage the index has found (<see cref="PassageFinder"/>): only its block is read.</summary>
    /// <param name="passage">The block and the word the passage starts at; null when only the headline matched.</param>
    internal static string Build(Article article, SearchQuery query, (int Block, int Start)? passage)
    {
        if (passage is { } at && DocumentTerms.BlockText(article, at.Block) is { } text)
        {
            var language = LanguageOf(article, query);
            var tokens = SearchTokenizer.Tokenize(text, language);
            if (at.Start < tokens.Count)
            {
                return Render(text, tokens, at.Start, new SnippetMatcher(query.In(language)));
            }
        }

        return LeadOf(article);
    }

    /// <summary>
    /// The article's words are stemmed in its language, and so the query's words are read in it.
    /// A query read for articles all in one language needs no look at the article to know it.
    /// </summary>
    private static TextLanguage LanguageOf(Article article, SearchQuery query) =>
        query.Languages is [var only] ? only : ArticleLanguage.OfResult(article);

    /// <summary>What an article whose headline alone matched shows: its lead, since the headline is already above.</summary>
    private static string LeadOf(Article article) => Opening(article.Standfirst ?? FirstParagraph(article) ?? article.Headline);

    /// <summary>The start of a text as a snippet (a standfirst in a list with no words to look for): about two lines, encoded.</summary>
    internal static string Opening(string text) => Encoder.Encode(ShortText.Cut(text, 200));

    /// <summary>The texts a passage may come from, in the order a reader meets them.</summary>
    private static IEnumerable<string> TextsOf(Article article)
    {
        if (DocumentTerms.LeadParagraph(article) < 0 && article.Standfirst is { } standfirst)
        {
            yield return standfirst;
        }

        foreach (var block in article.Body)
        {
            yield return block.Text;
        }

        if (article.Caption is { } caption)
        {
            yield return caption;
        }
    }

    private static string? FirstParagraph(Article article) =>
        article.Body.FirstOrDefault(block => block.Kind == ArticleBlockKind.Paragraph) is { } block && block.Text.Length > 0 ? block.Text : null;

    private static string Render(string text, List<SearchToken> tokens, int start, SnippetMatcher matcher)
    {
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
        foreach (var (first, last, _) in matcher.MarkedRuns(tokens, start, end))
        {
            var (spanStart, spanEnd) = (tokens[first].Start, tokens[last].Start + tokens[last].Length);
            if (markStart >= 0 && spanStart < markEnd)
            {
                markEnd = Math.Max(markEnd, spanEnd);
                continue;
            }

            cursor = Mark(html, text, cursor, markStart, markEnd);
            (markStart, markEnd) = (spanStart, spanEnd);
        }

        cursor = Mark(html, text, cursor, markStart, Math.Min(markEnd, to));
        html.Append(Encoder.Encode(text[Math.Min(cursor, to)..to]));
        if (to < text.Length)
        {
            html.Append(" …");
        }

        return html.ToString();
    }

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
}
