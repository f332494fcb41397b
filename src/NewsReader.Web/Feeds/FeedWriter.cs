using System.ServiceModel.Syndication;
using System.Text;
using System.Xml;
using System.Xml.Linq;
using Microsoft.Extensions.Options;
using NewsReader.Articles;
using NewsReader.Storage;
using NewsReader.Topics;
using NewsReader.Web.Routing;
using NewsReader.Web.Sharing;

namespace NewsReader.Web.Feeds;

/// <summary>Writes the latest articles as Atom 1.0 and RSS 2.0, with their full content.</summary>
public sealed class FeedWriter(PublicUrls urls, IOptions<SiteOptions> site, TimeProvider time)
{
    public const int EntryCount = 50;

    /// <summary>Media RSS: feed readers take an item's picture from its <c>media:thumbnail</c>, in Atom and RSS alike.</summary>
    public const string MediaNamespace = "http://search.yahoo.com/mrss/";

    /// <summary>Feed readers show the picture as a card across their list: wider than the API's thumbnail.</summary>
    public const int ThumbnailWidth = 640;

    private static readonly XmlWriterSettings Settings = new() { Encoding = new UTF8Encoding(false), Indent = true };

    public byte[] WriteAtom(HttpRequest request, ArticleSnapshot snapshot)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        var feed = Build(request, new(site.Value.Name, snapshot.Articles, SitePaths.Home, SitePaths.AtomFeed), "application/atom+xml", fullContentInSummary: false);
        return Write(new Atom10FeedFormatter(feed));
    }

    public byte[] WriteRss(HttpRequest request, ArticleSnapshot snapshot)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        // RSS has one text element per item, so the full article goes in <description>.
        var feed = Build(request, new(site.Value.Name, snapshot.Articles, SitePaths.Home, SitePaths.RssFeed), "application/rss+xml", fullContentInSummary: true);
        return Write(new Rss20FeedFormatter(feed));
    }

    /// <summary>A topic's latest articles: its page is the feed's home.</summary>
    public byte[] WriteAtom(HttpRequest request, Topic topic)
    {
        ArgumentNullException.ThrowIfNull(topic);
        var scope = new FeedScope($"{topic.Name} – {site.Value.Name}", topic.Articles, SitePaths.Topic(topic.Slug), SitePaths.TopicAtomFeed(topic.Slug));
        return Write(new Atom10FeedFormatter(Build(request, scope, "application/atom+xml", fullContentInSummary: false)));
    }

    /// <inheritdoc cref="WriteAtom(HttpRequest, Topic)"/>
    public byte[] WriteRss(HttpRequest request, Topic topic)
    {
        ArgumentNullException.ThrowIfNull(topic);
        var scope = new FeedScope($"{topic.Name} – {site.Value.Name}", topic.Articles, SitePaths.Topic(topic.Slug), SitePaths.TopicRssFeed(topic.Slug));
        return Write(new Rss20FeedFormatter(Build(request, scope, "application/rss+xml", fullContentInSummary: true)));
    }

    private SyndicationFeed Build(HttpRequest request, FeedScope scope, string mediaType, bool fullContentInSummary)
    {
        var (title, articles, homePath, selfPath) = scope;
        var home = urls.Absolute(request, homePath);
        var items = articles.Take(EntryCount)
            .Select(article => ToItem(request, article, fullContentInSummary))
            .ToList();
        var feed = new SyndicationFeed(title, site.Value.Description, new Uri(home), home, LatestUpdate(items))
        {
            Items = items,
            Generator = "NewsReader",
        };
        // Declared once on the root, not on every item's thumbnail.
        feed.AttributeExtensions.Add(new XmlQualifiedName("media", "http://www.w3.org/2000/xmlns/"), MediaNamespace);
        feed.Links.Add(SyndicationLink.CreateSelfLink(new Uri(urls.Absolute(request, selfPath)), mediaType));
        feed.Authors.Add(new SyndicationPerson { Name = site.Value.Name, Uri = urls.Absolute(request, SitePaths.Home) });
        return feed;
    }

    private SyndicationItem ToItem(HttpRequest request, Article article, bool fullContentInSummary)
    {
        var permalink = new Uri(urls.Absolute(request, SitePaths.Article(article.Slug)));
        var body = FeedLinks.Absolute(article.BodyHtml, urls.Absolute(request, SitePaths.Home).TrimEnd('/'));
        var item = new SyndicationItem
        {
            // The short link never changes, even when the headline (and so the permalink) does.
            Id = urls.Absolute(request, SitePaths.ShortLink(article.Id)),
            Title = new TextSyndicationContent(article.Headline),
            LastUpdatedTime = article.Published ?? article.FileModified ?? time.GetUtcNow(),
            Summary = fullContentInSummary
                ? new TextSyndicationContent(body, TextSyndicationContentKind.Html)
                : new TextSyndicationContent(ArticleDescription.Of(article)),
        };
        if (!fullContentInSummary)
        {
            item.Content = new TextSyndicationContent(body, TextSyndicationContentKind.Html);
        }

        if (article.Published is { } published)
        {
            item.PublishDate = published;
        }

        if (article.Byline is { } byline)
        {
            item.Authors.Add(new SyndicationPerson { Name = byline });
        }

        if (urls.LeadImage(request, article, ThumbnailWidth) is { } thumbnail)
        {
            item.ElementExtensions.Add(new XElement(XName.Get("thumbnail", MediaNamespace), new XAttribute("url", thumbnail)));
        }

        item.Links.Add(SyndicationLink.CreateAlternateLink(permalink, "text/html"));
        return item;
    }

    private DateTimeOffset LatestUpdate(List<SyndicationItem> items) =>
        items.Count == 0 ? time.GetUtcNow() : items.Max(item => item.LastUpdatedTime);

    /// <summary>What one feed holds: the site's latest articles, or a topic's.</summary>
    private sealed record FeedScope(string Title, IEnumerable<Article> Articles, string HomePath, string SelfPath);

    private static byte[] Write(SyndicationFeedFormatter formatter)
    {
        using var stream = new MemoryStream();
        using (var writer = XmlWriter.Create(stream, Settings))
        {
            formatter.WriteTo(writer);
        }

        return stream.ToArray();
    }
}
