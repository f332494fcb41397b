using NewsReader.Web.Hosting;
using NewsReader.Web.Routing;

namespace NewsReader.Web.Images;

public static class RemoteImageEndpoints
{
    public static IEndpointRouteBuilder MapRemoteImages(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        endpoints.MapRead(SitePaths.RemoteImageRoute, (string signature, string encoded, HttpContext context, RemoteImageProxy proxy) =>
            proxy.ServeAsync(signature, encoded, context));
        return endpoints;
    }
}
