using Microsoft.AspNetCore.OpenApi;
using Microsoft.Extensions.Options;
using Microsoft.OpenApi;

namespace NewsReader.Web.Api;

/// <summary>
/// Names the site's configured address (<c>Site:BaseUrl</c>) as the API's server. Left to itself the
/// generator writes the request's Host header there, which anyone can set, and a tool that reads the
/// document would send its calls wherever that said. Without a configured address the server is "/":
/// the host that served the document, as the reader already knows it.
/// </summary>
public sealed class OpenApiServerTransformer(IOptions<SiteOptions> site) : IOpenApiDocumentTransformer
{
    public Task TransformAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(document);
        var baseUrl = site.Value.BaseUrl;
        document.Servers = [new OpenApiServer { Url = string.IsNullOrWhiteSpace(baseUrl) ? "/" : baseUrl }];
        return Task.CompletedTask;
    }
}
