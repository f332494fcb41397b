using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.AspNetCore.Hosting.StaticWebAssets;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.WebEncoders;
using NewsReader.Ingestion;
using NewsReader.Mirroring;
using NewsReader.Storage;
using NewsReader.Web.Feeds;
using NewsReader.Web.Hosting;
using NewsReader.Web.Images;
using NewsReader.Web.Routing;
using NewsReader.Web.Seo;
using NewsReader.Web.Serving;
using NewsReader.Web.Sharing;
using Serilog;
using Serilog.Events;

namespace NewsReader.Web;

public static class NewsReaderServiceCollectionExtensions
{
    /// <summary>Registers configuration, logging, ingestion and storage: everything but the pipeline.</summary>
    public static WebApplicationBuilder AddNewsReader(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;

        // Serilog from configuration, per host (no static logger), so several test hosts can coexist.
        // Without a configured sink (the app started from a folder without appsettings.json, say)
        // logs still go to the console: rejected files must never be silent.
        var hasSinks = builder.Configuration.GetSection("Serilog:WriteTo").Exists();
        // preserveStaticLogger: each host keeps its own logger instead of claiming the static Log.Logger,
        // through which several hosts in one process (tests) would see each other's events.
        services.AddSerilog(
            (provider, logger) =>
            {
                // Hosting's own logger being enabled at all makes ASP.NET Core start an Activity and a
                // logging scope for every request, allocating more than serving a cached page does
                // (issue 8); its lines are the request log's, which Serilog writes. Set first, so
                // configuration can turn it back on.
                logger.MinimumLevel.Override("Microsoft.AspNetCore.Hosting.Diagnostics", LevelAlias.Off);
                logger.ReadFrom.Configuration(builder.Configuration).ReadFrom.Services(provider);
                if (!hasSinks)
                {
                    logger.MinimumLevel.Override("Microsoft.AspNetCore", LogEventLevel.Warning)
                        .WriteTo.Console(formatProvider: CultureInfo.InvariantCulture);
                }
            },
            preserveStaticLogger: true);

        services.AddOptions<SiteOptions>()
            .BindConfiguration(SiteOptions.Section)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddOptions<SeedsOptions>()
            .BindConfiguration(SeedsOptions.Section)
            .ValidateDataAnnotations()
            .PostConfigure<IHostEnvironment, IOptions<SiteOptions>>((seeds, environment, site) =>
            {
                seeds.Path = SeedsFolderLocator.Resolve(seeds.Path, Directory.GetCurrentDirectory(), environment.ContentRootPath);
                seeds.TimeZone = site.Value.TimeZone;
            })
            .ValidateOnStart();
        services.AddSingleton<IValidateOptions<SeedsOptions>, SeedsOptionsValidator>();
        services.AddSingleton<IValidateOptions<SeedsOptions>, SeedsSourceValidator>();

        services.AddSingleton(TimeProvider.System);
        services.AddSingleton<ArticleRepository>();
        // Before the loader: it gives remote pictures their addresses as it parses.
        services.AddImages();
        // How far a load is, for the log, /readyz and the start-up page; the loader and ingestor feed it.
        services.AddSingleton<LoadProgress>();
        services.AddSingleton<LoadProgressReporter>();
        services.AddSingleton<SeedFolderLoader>();
        services.AddSingleton<ArticleIngestor>();
        services.AddSingleton<ReloadLoop>();
        // Seeds:Source=s3: the bucket is copied into the seeds folder, and the loop's first load waits for the first copy.
        services.AddSingleton<SeedsSync>();
        services.AddSingleton<IObjectStore>(provider => new S3ObjectStore(provider.GetRequiredService<IOptions<SeedsOptions>>().Value.S3));
        services.AddSingleton<BucketMirror>();
        services.AddSingleton<PageCache>();
        // Registered before ingestion, so its settings apply from the first publish.
        services.AddOptions<RuntimeOptions>().BindConfiguration(RuntimeOptions.Section);
        services.AddHostedService<RuntimeSettingsService>();
        services.AddHostedService<SeedIngestionService>();
        services.AddHostedService<BucketMirrorService>();

        // Sharing: public URLs, link-preview metadata, share cards, feeds, the JSON API.
        services.AddSingleton<PublicUrls>();
        services.AddSingleton<PageMetaFactory>();
        services.AddSingleton<ShareCardCache>();
        services.AddSingleton<FeedWriter>();
        services.AddProblemDetails();
        services.AddOpenApi();

        // Articles are full of curly quotes and accented names: emit them as characters, not entities.
        services.Configure<WebEncoderOptions>(o => o.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));
        // Serve the build's static assets (and their compressed variants) in every environment, not
        // only Development: without this, a Production run from build output answers gzip requests
        // for the stylesheet with an empty body. Published output has no manifest, so it is a no-op there.
        StaticWebAssetsLoader.UseStaticWebAssets(builder.Environment, builder.Configuration);

        services.AddRazorPages(o => o.Conventions
            .AddPageRoute("/Index", SitePaths.FrontPageRoute)
            .AddPageRoute("/Archive/Month", SitePaths.ArchiveMonthPageRoute)
            .AddPageRoute("/Authors/Author", SitePaths.AuthorPageRoute));
        return builder;
    }
}
