using Microsoft.Extensions.Options;
using NewsReader.Storage;
using NewsReader.Web.Hosting;
using NewsReader.Web.Routing;
using NewsReader.Web.Sharing;

namespace NewsReader.Web.Seo;

public static class SeoEndpoints
{
    private const string XmlType = "application/xml; charset=utf-8";

    /// <summary>
    /// <c>/sitemap.xml</c> (an index past <see cref="SiteOptions.SitemapUrlsPerFile"/> URLs, with
    /// parts at <c>/sitemaps/{n}.xml</c>) and <c>/robots.txt</c> naming it.
    /// </summary>
    public static IEndpointRouteBuilder MapSeo(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);

        endpoints.MapRead(SitePaths.Sitemap, (HttpRequest request, ArticleRepository repository, PublicUrls urls, IOptions<SiteOptions> site) =>
        {
            var all = AllUrls(request, repository.Current, urls);
            var perFile = site.Value.SitemapUrlsPerFile;
            if (all.Count <= perFile)
            {
                return Results.Bytes(SitemapWriter.UrlSet(all), XmlType);
            }

            var parts = (all.Count + perFile - 1) / perFile;
            return Results.Bytes(SitemapWriter.Index(parts, part => urls.Absolute(request, SitePaths.SitemapPart(part))), XmlType);
        });

        endpoints.MapRead(SitePaths.SitemapPartRoute, (int part, HttpRequest request, ArticleRepository repository, PublicUrls urls, IOptions<SiteOptions> site) =>
        {
            var all = AllUrls(request, repository.Current, urls);
            var perFile = site.Value.SitemapUrlsPerFile;
            List<string> chunk = part < 1 ? [] : all.Skip((part - 1) * perFile).Take(perFile).ToList();
            return chunk.Count == 0 || all.Count <= perFile
                ? Results.NotFound()
                : Results.Bytes(SitemapWriter.UrlSet(chunk), XmlType);
        });

        endpoints.MapRead(SitePaths.OpenSearch, (HttpRequest request, PublicUrls urls, IOptions<SiteOptions> site) =>
            Results.Bytes(OpenSearch.Description(site.Value.Name, urls.Absolute(request, SitePaths.SearchTemplate("{searchTerms}"))), "application/opensearchdescription+xml; charset=utf-8"));

        endpoints.MapRead(SitePaths.Robots, (HttpRequest request, PublicUrls urls) =>
            Results.Text($"User-agent: *\nAllow: {SitePaths.Home}\n\nSitemap: {urls.Absolute(request, SitePaths.Sitemap)}\n", "text/plain; charset=utf-8"));

        return endpoints;
    }

    private static List<string> AllUrls(HttpRequest request, ArticleSnapshot snapshot, PublicUrls urls) =>
        [urls.Absolute(request, SitePaths.Home), .. snapshot.Articles.Select(article => urls.Absolute(request, SitePaths.Article(article.Slug)))];
}
