using Microsoft.Extensions.Options;
using NewsReader.Articles;
using NewsReader.Images;
using NewsReader.Sharing;
using NewsReader.Web.Routing;
using NewsReader.Web.Sharing;

namespace NewsReader.Web.Seo;

/// <summary>Builds the <see cref="PageMeta"/> of the front page, of each article and of lists with their own address.</summary>
public sealed class PageMetaFactory(PublicUrls urls, IOptions<SiteOptions> site)
{
    /// <summary>Wide enough for every link preview's large card (Facebook asks for 1200).</summary>
    public const int ShareImageWidth = 1280;

    public PageMeta ForArticle(HttpRequest request, Article article)
    {
        ArgumentNullException.ThrowIfNull(article);

        var canonical = urls.Absolute(request, SitePaths.Article(article.Slug));
        var description = ArticleDescription.Of(article);
        var meta = new PageMeta
        {
            Title = article.Headline,
            Description = description,
            CanonicalUrl = canonical,
            Type = "article",
            ImageUrl = urls.Absolute(request, urls.CardPath(article)),
            ImageAlt = $"{article.Headline} — {site.Value.Name}",
            ImageWidth = ShareCardRenderer.Width,
            ImageHeight = ShareCardRenderer.Height,
            ImageType = "image/png",
            Published = article.Published,
            JsonLd = "",
        };

        // The article's own photo, served from this site, says more than a card with its headline.
        if (urls.LeadImage(request, article, ShareImageWidth) is { } lead)
        {
            var width = ResponsiveImage.WidthAt(article.LeadImageWidth, ShareImageWidth);
            meta = meta with
            {
                ImageUrl = lead,
                ImageAlt = article.LeadImageAlt ?? article.LeadImageCaption ?? article.Headline,
                ImageWidth = width,
                ImageHeight = width is { } w && article is { LeadImageWidth: { } known, LeadImageHeight: { } height } ? (int)Math.Round((double)height * w / known) : null,
                // The image service may re-encode a resized copy: the type is left for the crawler to read.
                ImageType = null,
            };
        }

        return meta with
        {
            JsonLd = StructuredData.NewsArticle(article, canonical, meta.ImageUrl, description, PublisherOf(request)),
        };
    }

    public PageMeta ForFrontPage(HttpRequest request, string path, string title)
    {
        var canonical = urls.Absolute(request, path);
        var siteUrl = urls.Absolute(request, SitePaths.Home);
        return new PageMeta
        {
            Title = title,
            Description = site.Value.Description,
            CanonicalUrl = canonical,
            Type = "website",
            ImageUrl = urls.Absolute(request, urls.SiteCardPath()),
            ImageAlt = site.Value.Name,
            ImageWidth = ShareCardRenderer.Width,
            ImageHeight = ShareCardRenderer.Height,
            ImageType = "image/png",
            JsonLd = StructuredData.WebSite(site.Value.Name, siteUrl, site.Value.Description),
        };
    }

    /// <summary>A list of articles with its own address (a month of the archive, an author's page): canonical, with the site's card.</summary>
    public PageMeta ForList(HttpRequest request, string path, string title, string description)
    {
        var canonical = urls.Absolute(request, path);
        return ForFrontPage(request, path, title) with
        {
            Description = description,
            JsonLd = StructuredData.CollectionPage(title, canonical, description, PublisherOf(request)),
        };
    }

    private StructuredData.Publisher PublisherOf(HttpRequest request) =>
        new(site.Value.Name, urls.Absolute(request, SitePaths.Home));
}
