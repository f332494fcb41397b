using System.Text.RegularExpressions;

namespace NewsReader.Parsing.Html;

/// <summary>
/// The address a browser wrote into a page it saved: <c>&lt;!-- saved from url=(0045)https://… --&gt;</c>
/// (Chrome, Edge and Internet Explorer's mark of the web). The original's address when the page
/// names no canonical or og:url of its own. Read from the text, because comments are stripped
/// before the page is parsed.
/// </summary>
public static partial class SavedFromComment
{
    // The mark sits before <html> or at the top of <head>.
    private const int Window = 4096;

    public static Uri? Address(string html)
    {
        ArgumentNullException.ThrowIfNull(html);
        return Mark().Match(html[..Math.Min(html.Length, Window)]) is { Success: true } match
            && Uri.TryCreate(match.Groups["url"].Value, UriKind.Absolute, out var address)
            && address.Scheme is "http" or "https"
            ? address
            : null;
    }

    [GeneratedRegex(@"<!--\s*saved from url=\(\d+\)(?<url>[^\s>]+?)\s*-->", RegexOptions.IgnoreCase)]
    private static partial Regex Mark();
}
