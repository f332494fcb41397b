using System.Text.RegularExpressions;

namespace NewsReader.Parsing.Html;

/// <summary>
/// A page's description as plain text. Some publishers put escaped HTML in their meta description,
/// most often a "Read More" link after the excerpt; read once as markup it would show as tags in
/// every list. A link there leads back to the page itself, so it goes with its text; other tags
/// are dropped and their words kept.
/// </summary>
public static partial class DescriptionText
{
    public static string? Plain(string? description)
    {
        if (description is null || !description.Contains('<', StringComparison.Ordinal))
        {
            return description;
        }

        var text = TextCleaner.CollapseWhitespace(AnyTag().Replace(Link().Replace(description, " "), " "));
        return text.Length > 0 ? text : null;
    }

    [GeneratedRegex(@"<a\b[^>]*>.*?(?:</a\s*>|$)", RegexOptions.IgnoreCase | RegexOptions.Singleline | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Link();

    /// <summary>A tag, or one cut off at the end of the text.</summary>
    [GeneratedRegex(@"</?[a-z][^>]*(?:>|$)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex AnyTag();
}
