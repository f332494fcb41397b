using System.Globalization;
using NewsReader.Storage;
using NewsReader.Web.Hosting;
using NewsReader.Web.Routing;

namespace NewsReader.Web.Feeds;

public static class FeedEndpoints
{
    /// <summary><c>/feed.atom</c> and <c>/feed.rss</c>: the latest articles for feed readers; and each section's, topic's, author's and month's.</summary>
    public static IEndpointRouteBuilder MapFeeds(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);

        endpoints.MapFeedPair(SitePaths.AtomFeed, SitePaths.RssFeed, (_, feeds, snapshot) => feeds.SiteFeed(snapshot));

        // A list the snapshot does not have (section, topic, author, empty month) is a 404.
        endpoints.MapFeedPair(SitePaths.SectionAtomFeedRoute, SitePaths.SectionRssFeedRoute, (values, feeds, snapshot) =>
            snapshot.SearchIndex.FindSection(Slug(values)) is { } section ? feeds.SectionFeed(snapshot, section) : null);
        endpoints.MapFeedPair(SitePaths.TopicAtomFeedRoute, SitePaths.TopicRssFeedRoute, (values, feeds, snapshot) =>
            snapshot.Topics.Find(Slug(values)) is { } topic ? feeds.TopicFeed(topic) : null);
        endpoints.MapFeedPair(SitePaths.AuthorAtomFeedRoute, SitePaths.AuthorRssFeedRoute, (values, feeds, snapshot) =>
            snapshot.Authors.Find(Slug(values)) is { } author ? feeds.AuthorFeed(author) : null);
        endpoints.MapFeedPair(SitePaths.ArchiveMonthAtomFeedRoute, SitePaths.ArchiveMonthRssFeedRoute, (values, feeds, snapshot) =>
            snapshot.Archive.Find(Number(values, "year"), Number(values, "month")) is { } month ? feeds.MonthFeed(month) : null);
        return endpoints;
    }

    /// <summary>The Atom and the RSS address of one list, answered from the snapshot current at the request.</summary>
    private static void MapFeedPair(
        this IEndpointRouteBuilder endpoints,
        string atomPattern,
        string rssPattern,
        Func<RouteValueDictionary, FeedWriter, ArticleSnapshot, FeedSubject?> subjectOf)
    {
        foreach (var (pattern, format) in new[] { (atomPattern, FeedFormat.Atom), (rssPattern, FeedFormat.Rss) })
        {
            endpoints.MapRead(pattern, (HttpRequest request, FeedWriter feeds, ArticleRepository repository) =>
                subjectOf(request.RouteValues, feeds, repository.Current) is { } subject
                    ? Results.Bytes(feeds.Write(request, subject, format), FeedWriter.ContentType(format))
                    : Results.NotFound());
        }
    }

    private static string Slug(RouteValueDictionary values) => Convert.ToString(values["slug"], CultureInfo.InvariantCulture) ?? "";

    /// <summary>An <c>{x:int}</c> segment: the route's constraint has already checked it is a whole number.</summary>
    private static int Number(RouteValueDictionary values, string name) =>
        int.TryParse(Convert.ToString(values[name], CultureInfo.InvariantCulture), NumberStyles.Integer, CultureInfo.InvariantCulture, out var number) ? number : 0;
}
