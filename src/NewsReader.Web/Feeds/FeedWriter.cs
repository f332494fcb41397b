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

    public byte[] WriteAtom(HttpRequest request, ArticleSnapshot snapshot)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        var feed = Build(request, SiteFeed(snapshot.Articles), SitePaths.AtomFeed, "application/atom+xml", fullContentInSummary: false);
        return Write(new Atom10FeedFormatter(feed));
    }

    public byte[] WriteRss(HttpRequest request, ArticleSnapshot snapshot)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        // RSS has one text element per item, so the full article goes in <description>.
        var feed = Build(request, SiteFeed(snapshot.Articles), SitePaths.RssFeed, "application/rss+xml", fullContentInSummary: true);
        return Write(new Rss20FeedFormatter(feed));
    }

    /// <summary>A topic's latest articles: its page is the feed's home.</summary>
    public byte[] WriteAtom(HttpRequest request, Topic topic)
    {
        var feed = Build(request, TopicFeed(topic), SitePaths.TopicAtomFeed(topic.Slug), "application/atom+xml", fullContentInSummary: false);
        return Write(new Atom10FeedFormatter(feed));
    }

    /// <inheritdoc cref="WriteAtom(HttpRequest, Topic)"/>
    public byte[] WriteRss(HttpRequest request, Topic topic)
    {
        var feed = Build(request, TopicFeed(topic), SitePaths.TopicRssFeed(topic.Slug), "application/rss+xml", fullContentInSummary: true);
        return Write(new Rss20FeedFormatter(feed));
    }

    /// <summary>One section's latest articles (<paramref name="section"/> is one of the snapshot's <see cref="SearchIndex.Sections"/>).</summary>
    public byte[] WriteSectionAtom(HttpRequest request, ArticleSnapshot snapshot, FacetValue section)
    {
        var feed = Build(request, SectionFeed(snapshot, section), SitePaths.SectionAtomFeed(section.Value), "application/atom+xml", fullContentInSummary: false);
        return Write(new Atom10FeedFormatter(feed));
    }

    public byte[] WriteSectionRss(HttpRequest request, ArticleSnapshot snapshot, FacetValue section)
    {
        var feed = Build(request, SectionFeed(snapshot, section), SitePaths.SectionRssFeed(section.Value), "application/rss+xml", fullContentInSummary: true);
        return Write(new Rss20FeedFormatter(feed));
    }

    /// <summary>What one person wrote, latest first: their author page is the feed's home.</summary>
    public byte[] WriteAtom(HttpRequest request, Author author)
    {
        var feed = Build(request, AuthorFeed(author), SitePaths.AuthorAtomFeed(author.Slug), "application/atom+xml", fullContentInSummary: false);
        return Write(new Atom10FeedFormatter(feed));
    }

    /// <inheritdoc cref="WriteAtom(HttpRequest, Author)"/>
    public byte[] WriteRss(HttpRequest request, Author author)
    {
        var feed = Build(request, AuthorFeed(author), SitePaths.AuthorRssFeed(author.Slug), "application/rss+xml", fullContentInSummary: true);
        return Write(new Rss20FeedFormatter(feed));
    }

    /// <summary>A month of the archive, latest first: its archive page is the feed's home.</summary>
    public byte[] WriteAtom(HttpRequest request, MonthArticles month)
    {
        ArgumentNullException.ThrowIfNull(month);
        var feed = Build(request, MonthFeed(month), SitePaths.ArchiveMonthAtomFeed(month.Month.Year, month.Month.Month), "application/atom+xml", fullContentInSummary: false);
        return Write(new Atom10FeedFormatter(feed));
    }

    /// <inheritdoc cref="WriteAtom(HttpRequest, MonthArticles)"/>
    public byte[] WriteRss(HttpRequest request, MonthArticles month)
    {
        ArgumentNullException.ThrowIfNull(month);
        var feed = Build(request, MonthFeed(month), SitePaths.ArchiveMonthRssFeed(month.Month.Year, month.Month.Month), "application/rss+xml", fullContentInSummary: true);
        return Write(new Rss20FeedFormatter(feed));
    }

    private FeedSubject AuthorFeed(Author author)
    {
        ArgumentNullException.ThrowIfNull(author);
        return new($"{author.Name} – {site.Value.Name}", $"The latest articles by {author.Name} on {site.Value.Name}.", SitePaths.Author(author.Slug), author.Articles.Take(EntryCount));
    }

    private FeedSubject MonthFeed(MonthArticles month) => new(
        $"{month.Month.Name} – {site.Value.Name}",
        $"Articles published in {month.Month.Name} on {site.Value.Name}.",
        SitePaths.ArchiveMonth(month.Month.Year, month.Month.Month),
        month.Articles.Take(EntryCount));

    private FeedSubject SiteFeed(IEnumerable<Article> articles) =>
        new(site.Value.Name, site.Value.Description, SitePaths.Home, articles.Take(EntryCount));

    private FeedSubject TopicFeed(Topic topic)
    {
        ArgumentNullException.ThrowIfNull(topic);
        return new(
            $"{topic.Name} – {site.Value.Name}",
            $"The latest articles about {topic.Name} on {site.Value.Name}.",
            SitePaths.Topic(topic.Slug),
            topic.Articles.Take(EntryCount));
    }

    private FeedSubject SectionFeed(ArticleSnapshot snapshot, FacetValue section)
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

    /// <summary>What a feed is of: its title, the page it mirrors, and its entries, newest first.</summary>
    private sealed record FeedSubject(string Title, string Description, string PagePath, IEnumerable<Article> Articles);

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
