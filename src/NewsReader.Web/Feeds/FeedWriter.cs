using System.ServiceModel.Syndication;
using System.Text;
using System.Xml;
using System.Xml.Linq;
using Microsoft.Extensions.Options;
using NewsReader.Articles;
using NewsReader.Storage;
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
        var feed = Build(request, snapshot, SitePaths.AtomFeed, "application/atom+xml", fullContentInSummary: false);
        return Write(new Atom10FeedFormatter(feed));
    }

    public byte[] WriteRss(HttpRequest request, ArticleSnapshot snapshot)
    {
        // RSS has one text element per item, so the full article goes in <description>.
        var feed = Build(request, snapshot, SitePaths.RssFeed, "application/rss+xml", fullContentInSummary: true);
        return Write(new Rss20FeedFormatter(feed));
    }

    private SyndicationFeed Build(HttpRequest request, ArticleSnapshot snapshot, string selfPath, string mediaType, bool fullContentInSummary)
    {
        ArgumentNullException.ThrowIfNull(snapshot);

        var home = urls.Absolute(request, SitePaths.Home);
        var items = snapshot.Articles.Take(EntryCount)
            .Select(article => ToItem(request, article, fullContentInSummary))
            .ToList();
        var feed = new SyndicationFeed(site.Value.Name, site.Value.Description, new Uri(home), home, LatestUpdate(items))
        {
            Items = items,
            Generator = "NewsReader",
        };
        // Declared once on the root, not on every item's thumbnail.
        feed.AttributeExtensions.Add(new XmlQualifiedName("media", "http://www.w3.org/2000/xmlns/"), MediaNamespace);
        feed.Links.Add(SyndicationLink.CreateSelfLink(new Uri(urls.Absolute(request, selfPath)), mediaType));
        feed.Authors.Add(new SyndicationPerson { Name = site.Value.Name, Uri = home });
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
