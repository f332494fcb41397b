using Microsoft.Extensions.Options;
using NewsReader.Articles;
using NewsReader.Sharing;

namespace NewsReader.Web.Sharing;

/// <summary>
/// The one place that knows the site's public URLs: permalinks, short links and share cards,
/// absolute when a crawler, a feed reader or another program needs them.
/// </summary>
public sealed class PublicUrls(IOptions<SiteOptions> site)
{
    public static string ArticlePath(Article article) => "/articles/" + Uri.EscapeDataString(article.Slug);

    public static string ShortPath(Article article) => "/a/" + article.Id;

    /// <summary>The card's URL changes whenever what it shows changes, so it can be cached for a year.</summary>
    public string CardPath(Article article) => $"/cards/{article.Id}-{CardVersion(article)}.png";

    public string CardVersion(Article article) => Version(article.Headline);

    /// <summary>The front page's card shows the site's description instead of a headline.</summary>
    public string SiteCardPath() => $"/cards/site-{Version(site.Value.Description)}.png";

    private string Version(string text) =>
        ArticleId.Hash($"{ShareCardRenderer.DesignVersion}\n{site.Value.Name}\n{text}")[..10];

    /// <summary><c>Site:BaseUrl</c> when configured, else the scheme, host and path base of the request.</summary>
    public string Absolute(HttpRequest request, string path)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(path);

        var configured = site.Value.BaseUrl;
        var origin = string.IsNullOrWhiteSpace(configured)
            ? $"{request.Scheme}://{request.Host}{request.PathBase}"
            : configured.TrimEnd('/');
        return origin + path;
    }
}
