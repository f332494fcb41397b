using NewsReader.Storage;

namespace NewsReader.Web.Hosting;

public static class StartupGate
{
    /// <summary>
    /// Until the first snapshot is published, answers 503 with Retry-After instead of an empty,
    /// half-loaded site; health checks pass through so orchestrators can watch the start.
    /// </summary>
    public static IApplicationBuilder UseStartupGate(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        var repository = context.RequestServices.GetRequiredService<ArticleRepository>();
        if (repository.IsLoaded || context.Request.Path.StartsWithSegments("/healthz") || context.Request.Path.StartsWithSegments("/readyz"))
        {
            await next(context);
            return;
        }

        context.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
        context.Response.Headers.RetryAfter = "1";
        context.Response.ContentType = "text/plain; charset=utf-8";
        await context.Response.WriteAsync("NewsReader is loading its articles. Try again in a moment.\n");
    });
}
