using NewsReader.Articles;

namespace NewsReader.Parsing.Html;

/// <summary>
/// Marks the body paragraph that is the standfirst itself (a web page's <c>&lt;p class="standfirst"&gt;</c>
/// that the description repeats, a Markdown post that opens with its summary): the page shows the
/// standfirst once, there, in the standfirst's type, as plain text already does.
/// </summary>
public static class StandfirstParagraph
{
    public const string ClassName = "standfirst";

    /// <returns>The body with that paragraph marked, or the body as it was when no paragraph says the standfirst.</returns>
    public static string Mark(string bodyHtml, string standfirst)
    {
        ArgumentNullException.ThrowIfNull(bodyHtml);
        ArgumentNullException.ThrowIfNull(standfirst);
        var document = ThreadHtmlParser.ParseBody(bodyHtml);
        var first = document.Body!.QuerySelector("p");
        if (first is null || !Repeats.SameWords(standfirst, first.TextContent))
        {
            return bodyHtml;
        }

        first.ClassList.Add(ClassName);
        return document.Body.InnerHtml;
    }
}
