using Microsoft.Extensions.Options;
using NewsReader.Articles;
using NewsReader.Images;
using NewsReader.Sharing;
using NewsReader.Web.Routing;

namespace NewsReader.Web.Sharing;

/// <summary>
/// Absolute URLs, for a crawler, a feed reader or another program, of the paths
/// <see cref="SitePaths"/> names; and the share cards' paths, versioned by what they show.
/// </summary>
public sealed class PublicUrls(IOptions<SiteOptions> site)
{
    /// <summary>The card's URL changes whenever what it shows changes, so it can be cached for a year.</summary>
    public string CardPath(Article article) => SitePaths.Card(article.Id, CardVersion(article));

    public string CardVersion(Article article) => Version(article.Headline);

    /// <summary>The front page's card shows the site's description instead of a headline.</summary>
    public string SiteCardPath() => SitePaths.Card("site", Version(site.Value.Description));

    private string Version(string text) =>
        ArticleId.Hash($"{ShareCardRenderer.DesignVersion}\n{site.Value.Name}\n{text}")[..10];

    /// <summary>
    /// The absolute address of the article's lead image (at about <paramref name="width"/> pixels when
    /// given), on this site; null when it has none the site serves (never another host's address).
    /// </summary>
    public string? LeadImage(HttpRequest request, Article article, int? width = null)
    {
        ArgumentNullException.ThrowIfNull(article);
        if (!ResponsiveImage.IsSiteRelative(article.LeadImage))
        {
            return null;
        }

        var lead = article.LeadImage!;
        return Absolute(request, width is { } wanted ? ResponsiveImage.At(lead, article.LeadImageWidth, wanted) : lead);
    }

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
