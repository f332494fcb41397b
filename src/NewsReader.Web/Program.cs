using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.Extensions.Options;
using NewsReader.Web;
using NewsReader.Web.Api;
using NewsReader.Web.AppShell;
using NewsReader.Web.Feeds;
using NewsReader.Web.Hosting;
using NewsReader.Web.Images;
using NewsReader.Web.Media;
using NewsReader.Web.Operations;
using NewsReader.Web.Routing;
using NewsReader.Web.Seo;
using NewsReader.Web.Serving;
using NewsReader.Web.Sharing;
using Serilog;

// The content root is the app's own folder unless configured, whatever the working directory (AppContentRoot).
var builder = WebApplication.CreateBuilder(AppContentRoot.Options(args));
builder.AddNewsReader();
// The API document ("v1", the default) names Site:BaseUrl as its server, never the request's Host header.
builder.Services.Configure<OpenApiOptions>("v1", options => options.AddDocumentTransformer<OpenApiServerTransformer>());
// Behind a proxy (deploy/nginx.conf.template) the client's address, scheme and host arrive as
// X-Forwarded-*. Believed only from the default known proxies, loopback: a client reaching the app
// directly cannot claim https or another host, which absolute links and the page cache's key use.
builder.Services.Configure<ForwardedHeadersOptions>(options =>
    options.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto | ForwardedHeaders.XForwardedHost);

var app = builder.Build();

// Bad configuration stops the start here with one line that says what to fix,
// before the host would log it as a stack trace.
if (!app.Services.TryValidateNewsReaderOptions(out var configurationError))
{
    StartupLog.CannotStart(app.Logger, configurationError);
    return 1;
}

// The snapshot store is read and the folder scanned while the pipeline below is built and the
// server starts: a restart at 100,000 articles is ready sooner (see the README's start-up figures).
app.BeginLoadingSeeds();

// First, so that everything after it (the request log, links, the page cache) sees the client's request.
app.UseForwardedHeaders();

// Requests: one log line each, outside the error handling so a re-executed error page is not logged twice.
// Failures and slow requests at Warning or Error; the rest at Debug, below the default minimum, so
// a busy site does not spend its time writing a console line per page view (see RequestLogLevels).
// The logger is the host's: left unset, the middleware writes to Serilog's static logger, which
// this app leaves silent (see AddNewsReader), and no request was logged at all.
app.UseSerilogRequestLogging(options =>
{
    options.GetLevel = RequestLogLevels.For;
    options.Logger = app.Services.GetRequiredService<Serilog.ILogger>();
});

// Hardening on every response (and GET/HEAD only), then 503 until the first load is published.
app.UseSecurityHeaders(imagesFromOtherSites: () => app.Services.GetRequiredService<IOptions<ImagesOptions>>().Value.Mode == RemoteImageMode.Link);
app.UseStartupGate();

// Pages already rendered for this snapshot are served as bytes from here; the rest render below.
app.UseMiddleware<PageCacheMiddleware>();

// Errors, in every environment with details only in the log: RFC 9457 problem details for
// the API, a friendly page for everything else.
app.UseWhen(ApiPaths.Match, api => api.UseExceptionHandler().UseStatusCodePages());
app.UseWhen(context => !ApiPaths.Match(context), pages => pages
    .UseExceptionHandler(SitePaths.Error(StatusCodes.Status500InternalServerError))
    .UseStatusCodePagesWithReExecute(SitePaths.ErrorFormat));

// Routing after the error handlers, so a re-executed error page is routed like any request.
app.UseRouting();

// Razor Pages registers authentication and authorization services (the site uses neither). Left
// implicit, WebApplication puts both middlewares first in the pipeline, ahead of the page cache,
// and every cached page paid for a request service scope and a scheme lookup: here they run only
// for requests that are routed.
app.UseAuthentication();
app.UseAuthorization();

// Content: fingerprinted static assets, pages, then what other programs read.
app.MapStaticAssets();
app.MapRazorPages().WithStaticAssets();
app.MapHealth();
app.MapSharing();
app.MapFeeds();
app.MapSeo();
app.MapAppShell();
app.MapMedia();
app.MapRemoteImages();
app.MapArticleApi();
app.MapOpenApi();

await app.RunAsync();
return 0;
