using Microsoft.Extensions.Options;
using NewsReader.Articles;
using NewsReader.Sharing;
using NewsReader.Web.Routing;
using NewsReader.Web.Sharing;

namespace NewsReader.Web.Seo;

/// <summary>Builds the <see cref="PageMeta"/> of the front page and of each article.</summary>
public sealed class PageMetaFactory(PublicUrls urls, IOptions<SiteOptions> site)
{
    public PageMeta ForArticle(HttpRequest request, Article article)
    {
        ArgumentNullException.ThrowIfNull(article);

        var canonical = urls.Absolute(request, SitePaths.Article(article.Slug));
        var image = urls.Absolute(request, urls.CardPath(article));
        var description = ArticleDescription.Of(article);
        return new PageMeta
        {
            Title = article.Headline,
            Description = description,
            CanonicalUrl = canonical,
            Type = "article",
            ImageUrl = image,
            ImageAlt = $"{article.Headline} — {site.Value.Name}",
            Published = article.Published,
            JsonLd = StructuredData.NewsArticle(article, canonical, image, description, PublisherOf(request)),
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
            JsonLd = StructuredData.WebSite(site.Value.Name, siteUrl, site.Value.Description),
        };
    }

    private StructuredData.Publisher PublisherOf(HttpRequest request) =>
        new(site.Value.Name, urls.Absolute(request, SitePaths.Home));
}
