using System.Text.RegularExpressions;

namespace NewsReader.Web.Feeds;

/// <summary>
/// Makes an article's site-relative addresses (<c>/media/…</c> photos, proxied pictures, in-site
/// links) absolute for feeds: a feed is read away from the site, and RSS has no base address, so a
/// reader would look for <c>/media/ferry.jpg</c> on its own host.
/// </summary>
public static partial class FeedLinks
{
    /// <param name="html">Article HTML as the sanitiser wrote it (attributes in double quotes).</param>
    /// <param name="origin">The site's origin, e.g. <c>https://news.example</c>, without a trailing slash.</param>
    public static string Absolute(string html, string origin)
    {
        ArgumentNullException.ThrowIfNull(html);
        ArgumentNullException.ThrowIfNull(origin);
        return html.Contains("=\"/", StringComparison.Ordinal) ? SiteRelative().Replace(html, match => match.Groups["attribute"].Value + origin + "/") : html;
    }

    // src="/…" and href="/…", not a scheme-relative "//host/…".
    [GeneratedRegex("(?<attribute>\\s(?:src|href)=\")/(?!/)")]
    private static partial Regex SiteRelative();
}
