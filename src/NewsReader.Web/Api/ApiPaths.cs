using NewsReader.Web.Routing;

namespace NewsReader.Web.Api;

public static class ApiPaths
{
    /// <summary>Requests answered as JSON (the API and its OpenAPI document) rather than as pages.</summary>
    public static bool Match(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return context.Request.Path.StartsWithSegments(SitePaths.ApiPrefix) || context.Request.Path.StartsWithSegments(SitePaths.OpenApiPrefix);
    }
}
