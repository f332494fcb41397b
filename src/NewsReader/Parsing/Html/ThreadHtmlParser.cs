using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;

namespace NewsReader.Parsing.Html;

/// <summary>
/// One AngleSharp parser per thread for the page and fragment parsing of ingestion: making one per
/// page is wasted work, and a parser is not documented as safe to share between threads. (The
/// sanitizer keeps its own, configured by HtmlSanitizer.)
/// </summary>
internal static class ThreadHtmlParser
{
    [ThreadStatic]
    private static HtmlParser? _parser;

    public static IHtmlDocument Parse(string html) => (_parser ??= new HtmlParser()).ParseDocument(html);

    /// <summary>
    /// Parses a page, checking <paramref name="cancellationToken"/> before every token: only the
    /// asynchronous entry point does. The source is a string, so nothing actually waits.
    /// </summary>
    public static IHtmlDocument Parse(string html, CancellationToken cancellationToken) =>
        (_parser ??= new HtmlParser()).ParseDocumentAsync(html, cancellationToken).GetAwaiter().GetResult();

    /// <summary>Parses article HTML (no html or head of its own) as the body of a document.</summary>
    public static IHtmlDocument ParseBody(string fragment) => Parse($"<body>{fragment}</body>");
}
