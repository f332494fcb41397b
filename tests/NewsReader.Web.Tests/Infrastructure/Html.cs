using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace NewsReader.Web.Tests.Infrastructure;

internal static class Html
{
    private static readonly HtmlParser Parser = new();

    public static async Task<IDocument> ParseAsync(HttpResponseMessage response)
    {
        var html = await response.Content.ReadAsStringAsync();
        return await Parser.ParseDocumentAsync(html);
    }

    public static IReadOnlyList<string> Texts(this IDocument document, string selector) =>
        [.. document.QuerySelectorAll(selector).Select(element => element.TextContent.Trim())];
}
