using System.Collections.Immutable;
using System.Net;
using System.Text;
using NewsReader.Articles;

namespace NewsReader.Parsing.Html;

/// <summary>
/// Some pages render their article with a script: the saved markup holds a shell ("Loading…")
/// while the full text sits in the JSON-LD <c>articleBody</c> meant for search engines. That text
/// replaces what extraction found only when it is much longer, so a page whose visible body is
/// real keeps its markup (headings, lists, links) and a short teaser in JSON-LD changes nothing.
/// </summary>
internal static class JsonLdBody
{
    /// <returns>Body HTML built from <paramref name="articleBody"/>, or null when the extracted blocks should stay.</returns>
    public static string? Replaces(ImmutableArray<ParsedBlock> extracted, string? articleBody)
    {
        if (string.IsNullOrWhiteSpace(articleBody))
        {
            return null;
        }

        var paragraphs = articleBody.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(TextCleaner.CollapseWhitespace)
            .Where(paragraph => paragraph.Length > 0)
            .ToList();
        var jsonLength = paragraphs.Sum(paragraph => paragraph.Length);
        var extractedLength = extracted.Sum(block => block.Text.Length);
        if (jsonLength < 200 || extractedLength * 2 >= jsonLength)
        {
            return null;
        }

        var html = new StringBuilder();
        foreach (var paragraph in paragraphs)
        {
            html.Append("<p>").Append(WebUtility.HtmlEncode(paragraph)).Append("</p>");
        }

        return html.ToString();
    }
}
