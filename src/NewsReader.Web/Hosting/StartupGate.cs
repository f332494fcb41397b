using NewsReader.Storage;
using NewsReader.Web.Routing;

namespace NewsReader.Web.Hosting;

public static class StartupGate
{
    /// <summary>How soon a client turned away during the first load should ask again.</summary>
    public const string RetryAfterSeconds = "1";

    /// <summary>
    /// Until the first snapshot is published, answers 503 with Retry-After instead of an empty,
    /// half-loaded site; health checks pass through so orchestrators can watch the start.
    /// </summary>
    public static IApplicationBuilder UseStartupGate(this IApplicationBuilder app)
    {
        // Resolved once: asking RequestServices would create a service scope for every request,
        // pages served from the page cache included, which need none.
        var repository = app.ApplicationServices.GetRequiredService<ArticleRepository>();
        return app.Use((HttpContext context, RequestDelegate next) =>
            repository.IsLoaded || context.Request.Path.StartsWithSegments(SitePaths.Healthz) || context.Request.Path.StartsWithSegments(SitePaths.Readyz)
                ? next(context)
                : AnswerLoadingAsync(context, repository.LoadFailure is not null));
    }

    private static Task AnswerLoadingAsync(HttpContext context, bool failed)
    {
        context.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
        context.Response.Headers.RetryAfter = RetryAfterSeconds;
        context.Response.ContentType = "text/plain; charset=utf-8";
        // The reason itself (paths, exception text) is for operators, on /readyz and in the log.
        return context.Response.WriteAsync(failed
            ? "NewsReader could not load its articles yet; it keeps trying. Try again later.\n"
            : "NewsReader is loading its articles. Try again in a moment.\n");
    }
}
