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

        endpoints.MapRead(SitePaths.AtomFeed, (HttpRequest request, FeedWriter feeds, ArticleRepository repository) =>
            Results.Bytes(feeds.WriteAtom(request, repository.Current), "application/atom+xml; charset=utf-8"));
        endpoints.MapRead(SitePaths.RssFeed, (HttpRequest request, FeedWriter feeds, ArticleRepository repository) =>
            Results.Bytes(feeds.WriteRss(request, repository.Current), "application/rss+xml; charset=utf-8"));

        // One section's latest articles; a section the snapshot does not have is a 404.
        endpoints.MapRead(SitePaths.SectionAtomFeedRoute, (string slug, HttpRequest request, FeedWriter feeds, ArticleRepository repository) =>
            repository.Current is var snapshot && snapshot.SearchIndex.FindSection(slug) is { } section
                ? Results.Bytes(feeds.WriteSectionAtom(request, snapshot, section), "application/atom+xml; charset=utf-8")
                : Results.NotFound());
        endpoints.MapRead(SitePaths.SectionRssFeedRoute, (string slug, HttpRequest request, FeedWriter feeds, ArticleRepository repository) =>
            repository.Current is var snapshot && snapshot.SearchIndex.FindSection(slug) is { } section
                ? Results.Bytes(feeds.WriteSectionRss(request, snapshot, section), "application/rss+xml; charset=utf-8")
                : Results.NotFound());

        // A topic's own feeds, for following one person, place or organisation.
        endpoints.MapRead(SitePaths.TopicAtomFeedRoute, (string slug, HttpRequest request, FeedWriter feeds, ArticleRepository repository) =>
            repository.Current.Topics.Find(slug) is { } topic
                ? Results.Bytes(feeds.WriteAtom(request, topic), "application/atom+xml; charset=utf-8")
                : Results.NotFound());
        endpoints.MapRead(SitePaths.TopicRssFeedRoute, (string slug, HttpRequest request, FeedWriter feeds, ArticleRepository repository) =>
            repository.Current.Topics.Find(slug) is { } topic
                ? Results.Bytes(feeds.WriteRss(request, topic), "application/rss+xml; charset=utf-8")
                : Results.NotFound());

        // An author's and a month's feeds; an unknown author or an empty month is a 404.
        endpoints.MapRead(SitePaths.AuthorAtomFeedRoute, (string slug, HttpRequest request, FeedWriter feeds, ArticleRepository repository) =>
            repository.Current.Authors.Find(slug) is { } author
                ? Results.Bytes(feeds.WriteAtom(request, author), "application/atom+xml; charset=utf-8")
                : Results.NotFound());
        endpoints.MapRead(SitePaths.AuthorRssFeedRoute, (string slug, HttpRequest request, FeedWriter feeds, ArticleRepository repository) =>
            repository.Current.Authors.Find(slug) is { } author
                ? Results.Bytes(feeds.WriteRss(request, author), "application/rss+xml; charset=utf-8")
                : Results.NotFound());
        endpoints.MapRead(SitePaths.ArchiveMonthAtomFeedRoute, (int year, int month, HttpRequest request, FeedWriter feeds, ArticleRepository repository) =>
            repository.Current.Archive.Find(year, month) is { } found
                ? Results.Bytes(feeds.WriteAtom(request, found), "application/atom+xml; charset=utf-8")
                : Results.NotFound());
        endpoints.MapRead(SitePaths.ArchiveMonthRssFeedRoute, (int year, int month, HttpRequest request, FeedWriter feeds, ArticleRepository repository) =>
            repository.Current.Archive.Find(year, month) is { } found
                ? Results.Bytes(feeds.WriteRss(request, found), "application/rss+xml; charset=utf-8")
                : Results.NotFound());
        return endpoints;
    }
}
