using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;
using NewsReader.Storage;

using NewsReader.Web.Hosting;
using NewsReader.Web.Routing;

namespace NewsReader.Web.Sharing;

public static class SharingEndpoints
{
    /// <summary>Short links (<c>/a/{id}</c>) and the share cards (<c>/cards/...png</c>) that previews show.</summary>
    public static IEndpointRouteBuilder MapSharing(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);

        endpoints.MapRead(SitePaths.ShortLinkRoute, (string id, ArticleRepository repository) =>
            repository.Current.ResolveId(id) switch
            {
                { Article: { } article } => Results.Redirect(SitePaths.Article(article.Slug), permanent: true),
                { Status: PermalinkStatus.Gone } => Results.StatusCode(StatusCodes.Status410Gone),
                _ => Results.NotFound(),
            });

        endpoints.MapRead(SitePaths.CardRoute, (string name, HttpContext context, ArticleRepository repository,
            PublicUrls urls, ShareCardCache cards, IOptions<SiteOptions> site) =>
        {
            var siteName = site.Value.Name;
            var dash = name.LastIndexOf('-');
            if (dash <= 0)
            {
                return Results.NotFound();
            }

            var (subject, version) = (name[..dash], name[(dash + 1)..]);
            string? text = null;
            string? currentPath = null;
            if (subject == "site")
            {
                text = site.Value.Description;
                currentPath = urls.SiteCardPath();
            }
            else if (repository.Current.FindById(subject) is { } article)
            {
                text = article.Headline;
                currentPath = urls.CardPath(article);
            }

            if (text is null || currentPath is null)
            {
                return Results.NotFound();
            }

            if (!currentPath.EndsWith($"-{version}.png", StringComparison.Ordinal))
            {
                // An outdated card URL (the headline changed): send it to the current card.
                return Results.Redirect(currentPath, permanent: false);
            }

            // The URL carries a hash of everything drawn on the card, so it never changes under a cache.
            context.Response.Headers.CacheControl = "public, max-age=31536000, immutable";
            return Results.File(cards.Get(currentPath, text, siteName), "image/png", entityTag: new EntityTagHeaderValue($"\"{version}\""));
        });

        return endpoints;
    }
}
