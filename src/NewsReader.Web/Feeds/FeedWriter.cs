using System.ServiceModel.Syndication;
using System.Text;
using System.Xml;
using System.Xml.Linq;
using Microsoft.Extensions.Options;
using NewsReader.Archives;
using NewsReader.Articles;
using NewsReader.Search;
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

    public static string ContentType(FeedFormat format) =>
        format == FeedFormat.Atom ? "application/atom+xml; charset=utf-8" : "application/rss+xml; charset=utf-8";

    /// <summary>
    /// One list as a feed. Atom carries a summary and the full content; RSS has one text element
    /// per item, so the full article goes in its <c>description</c>.
    /// </summary>
    public byte[] Write(HttpRequest request, FeedSubject subject, FeedFormat format)
    {
        ArgumentNullException.ThrowIfNull(subject);
        var atom = format == FeedFormat.Atom;
        var feed = Build(request, subject, subject.SelfPath(format), atom ? "application/atom+xml" : "application/rss+xml", fullContentInSummary: !atom);
        return Write(atom ? new Atom10FeedFormatter(feed) : new Rss20FeedFormatter(feed));
    }

    /// <summary>What one person wrote, latest first: their author page is the feed's home.</summary>
    public FeedSubject AuthorFeed(Author author)
    {
        ArgumentNullException.ThrowIfNull(author);
        return new($"{author.Name} – {site.Value.Name}", $"The latest articles by {author.Name} on {site.Value.Name}.", SitePaths.Author(author.Slug), author.Articles.Take(EntryCount));
    }

    /// <summary>A month of the archive, latest first: its archive page is the feed's home.</summary>
    public FeedSubject MonthFeed(MonthArticles month)
    {
        ArgumentNullException.ThrowIfNull(month);
        return new(
            $"{month.Month.Name} – {site.Value.Name}",
            $"Articles published in {month.Month.Name} on {site.Value.Name}.",
            SitePaths.ArchiveMonth(month.Month.Year, month.Month.Month),
            month.Articles.Take(EntryCount));
    }

    /// <summary>The latest articles of the whole site.</summary>
    public FeedSubject SiteFeed(ArticleSnapshot snapshot)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        return new(site.Value.Name, site.Value.Description, SitePaths.Home, snapshot.Articles.Take(EntryCount));
    }

    /// <summary>A topic's latest articles: its page is the feed's home.</summary>
    public FeedSubject TopicFeed(Topic topic)
    {
        ArgumentNullException.ThrowIfNull(topic);
        return new(
            $"{topic.Name} – {site.Value.Name}",
            $"The latest articles about {topic.Name} on {site.Value.Name}.",
            SitePaths.Topic(topic.Slug),
            topic.Articles.Take(EntryCount));
    }

    /// <summary>One section's latest articles (<paramref name="section"/> is one of the snapshot's <see cref="SearchIndex.Sections"/>).</summary>
    public FeedSubject SectionFeed(ArticleSnapshot snapshot, FacetValue section)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        ArgumentNullException.ThrowIfNull(section);
        var latest = snapshot.SearchIndex.Search(new SearchRequest { Filters = new SearchFilters { Section = section.Value }, PageSize = EntryCount });
        return new(
            $"{section.Name} – {site.Value.Name}",
            $"The latest {section.Name} articles on {site.Value.Name}.",
            SitePaths.Section(section.Value),
            latest.Hits.Select(hit => hit.Article));
    }

    private SyndicationFeed Build(HttpRequest request, FeedSubject subject, string selfPath, string mediaType, bool fullContentInSummary)
    {
        var home = urls.Absolute(request, subject.PagePath);
        var items = subject.Articles
            .Select(article => ToItem(request, article, fullContentInSummary))
            .ToList();
        var feed = new SyndicationFeed(subject.Title, subject.Description, new Uri(home), home, LatestUpdate(items))
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
