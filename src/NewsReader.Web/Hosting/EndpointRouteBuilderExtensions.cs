namespace NewsReader.Web.Hosting;

public static class EndpointRouteBuilderExtensions
{
    private static readonly string[] ReadMethods = [HttpMethods.Get, HttpMethods.Head];

    /// <summary>MapGet that also answers HEAD (the server sends the headers and drops the body), as pages do.</summary>
    public static RouteHandlerBuilder MapRead(this IEndpointRouteBuilder endpoints, string pattern, Delegate handler) =>
        endpoints.MapMethods(pattern, ReadMethods, handler);
}
