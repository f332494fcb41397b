using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using NewsReader.Storage;
using Serilog.Core;

namespace NewsReader.Web.Tests.Infrastructure;

/// <summary>
/// The real app, in the Production environment, reading a seeds folder of the test's own.
/// Each test class makes its own, so no test sees another's articles.
/// </summary>
public sealed class NewsReaderFactory(SeedsFolder seeds, IDictionary<string, string?>? settings = null, bool loadSeeds = true)
    : WebApplicationFactory<Program>
{
    /// <summary>A path that only tests can reach, which always throws, for the error page tests.</summary>
    public const string ThrowingPath = "/__tests/throw";

    /// <summary>Every log event the app wrote (Serilog reads sinks registered as services).</summary>
    public CollectingSink Logs { get; } = new();

    public HttpClient CreateNonRedirectingClient() =>
        CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Production");
        builder.ConfigureAppConfiguration(configuration =>
        {
            var values = new Dictionary<string, string?>
            {
                ["Seeds:Path"] = seeds.Path,
                ["Serilog:MinimumLevel:Default"] = "Warning",
                // Tests write their files a moment before the app starts; settling is tested where it is the point.
                ["Seeds:SettleMilliseconds"] = "0",
            };
            foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
            {
                values[key] = value;
            }

            configuration.AddInMemoryCollection(values);
        });
        builder.ConfigureTestServices(services =>
        {
            services.AddTransient<IStartupFilter, ThrowingEndpoint>();
            services.AddSingleton<ILogEventSink>(Logs);
            if (!loadSeeds)
            {
                // Leaves the app as it is before its first load completes.
                services.RemoveAll<IHostedService>();
            }
        });
    }

    /// <summary>The app starts serving before its first load; tests begin once that load is published.</summary>
    protected override IHost CreateHost(IHostBuilder builder)
    {
        var host = base.CreateHost(builder);
        if (!loadSeeds)
        {
            return host;
        }

        host.Services.GetRequiredService<ArticleRepository>()
            .WaitForAsync(_ => true, CancellationToken.None)
            .WaitAsync(TimeSpan.FromSeconds(30))
            .GetAwaiter().GetResult();
        return host;
    }

    /// <summary>Completes when a reload has published a snapshot that satisfies <paramref name="condition"/>.</summary>
    public Task<ArticleSnapshot> WaitForSnapshotAsync(Func<ArticleSnapshot, bool> condition) =>
        Services.GetRequiredService<ArticleRepository>().WaitForAsync(condition, CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(15));

    private sealed class ThrowingEndpoint : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            next(app);
            app.Use((HttpContext context, RequestDelegate nextMiddleware) =>
                context.Request.Path == ThrowingPath
                    ? throw new InvalidOperationException("Secret internal detail: connection string xyz")
                    : nextMiddleware(context));
        };
    }
}
