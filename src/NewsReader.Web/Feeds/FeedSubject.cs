using NewsReader.Articles;
using NewsReader.Web.Routing;

namespace NewsReader.Web.Feeds;

/// <summary>What a feed is of: its title, the page it mirrors, and its entries, newest first.</summary>
/// <remarks>A list's feeds live under its page (<c>/topics/x</c> → <c>/topics/x/feed.atom</c>); the site's under the root.</remarks>
public sealed record FeedSubject(string Title, string Description, string PagePath, IEnumerable<Article> Articles)
{
    public string SelfPath(FeedFormat format) =>
        (PagePath == SitePaths.Home ? "" : PagePath) + (format == FeedFormat.Atom ? "/feed.atom" : "/feed.rss");
}
