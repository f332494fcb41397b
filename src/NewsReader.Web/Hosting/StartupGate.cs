using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;
using NewsReader.Ingestion;
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
        var progress = app.ApplicationServices.GetRequiredService<LoadProgress>();
        var site = app.ApplicationServices.GetRequiredService<IOptions<SiteOptions>>();
        var script = ReadStartupScript(app.ApplicationServices.GetRequiredService<IWebHostEnvironment>());
        return app.Use((HttpContext context, RequestDelegate next) =>
            repository.IsLoaded || context.Request.Path.StartsWithSegments(SitePaths.Healthz) || context.Request.Path.StartsWithSegments(SitePaths.Readyz)
                ? next(context)
                : context.Request.Path == StartupPage.ScriptPath
                ? AnswerScriptAsync(context, script)
                : AnswerLoadingAsync(context, repository.LoadFailure is not null, progress.Read(), site.Value.Name));
    }

    /// <summary>Read once: the static files are behind the gate, and the page needs its script before them.</summary>
    private static byte[] ReadStartupScript(IWebHostEnvironment environment)
    {
        var file = environment.WebRootFileProvider.GetFileInfo(StartupPage.ScriptPath.TrimStart('/'));
        using var stream = file.CreateReadStream();
        using var bytes = new MemoryStream();
        stream.CopyTo(bytes);
        return bytes.ToArray();
    }

    private static Task AnswerScriptAsync(HttpContext context, byte[] script)
    {
        context.Response.ContentType = "text/javascript; charset=utf-8";
        context.Response.Headers.CacheControl = "no-store";
        context.Response.ContentLength = script.Length;
        return context.Response.Body.WriteAsync(script).AsTask();
    }

    private static Task AnswerLoadingAsync(HttpContext context, bool failed, LoadProgressReport? progress, string siteName)
    {
        var response = context.Response;
        response.StatusCode = StatusCodes.Status503ServiceUnavailable;
        response.Headers.RetryAfter = RetryAfterSeconds;
        // The figures change by the second; the answer differs for browsers and for other clients.
        response.Headers.CacheControl = "no-store";
        response.Headers.Vary = HeaderNames.Accept;
        // The reason itself (paths, exception text) is for operators, on /readyz and in the log.
        if (WantsHtml(context.Request))
        {
            response.ContentType = "text/html; charset=utf-8";
            return response.WriteAsync(StartupPage.Html(failed, progress, siteName));
        }

        response.ContentType = "text/plain; charset=utf-8";
        return response.WriteAsync(StartupPage.Text(failed, progress));
    }

    /// <summary>Browsers name text/html in Accept; curl, probes and feed readers do not.</summary>
    private static bool WantsHtml(HttpRequest request) =>
        request.GetTypedHeaders().Accept.Any(type =>
            type.MediaType.Equals("text/html", StringComparison.OrdinalIgnoreCase) && type.Quality is not <= 0);
}
