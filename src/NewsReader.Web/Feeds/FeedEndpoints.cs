using NewsReader.Storage;

using NewsReader.Web.Hosting;

namespace NewsReader.Web.Feeds;

public static class FeedEndpoints
{
    /// <summary><c>/feed.atom</c> and <c>/feed.rss</c>: the latest articles for feed readers.</summary>
    public static IEndpointRouteBuilder MapFeeds(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);

        endpoints.MapRead("/feed.atom", (HttpRequest request, FeedWriter feeds, ArticleRepository repository) =>
            Results.Bytes(feeds.WriteAtom(request, repository.Current), "application/atom+xml; charset=utf-8"));
        endpoints.MapRead("/feed.rss", (HttpRequest request, FeedWriter feeds, ArticleRepository repository) =>
            Results.Bytes(feeds.WriteRss(request, repository.Current), "application/rss+xml; charset=utf-8"));
        return endpoints;
    }
}
