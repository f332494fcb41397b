using System.Collections.Concurrent;
using System.Diagnostics;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using NewsReader.Web.Tests.Infrastructure;

namespace NewsReader.Web.Tests.Serving;

/// <summary>
/// A page served from the cache does no per-request work beyond its own (issue 8): no Activity or
/// logging scope started by hosting, no authentication pass. Observed by a probe that runs before
/// the app's pipeline and looks at each request as the pipeline leaves it.
/// </summary>
public sealed class CachedPagePathTests : IDisposable
{
    private const string SeedPath = "/articles/trump-open-to-meeting-kim-jong-un-during-asia-trip";

    private readonly SeedsFolder _seeds = new SeedsFolder().WithSeed();
    private readonly ConcurrentQueue<Observation> _observed = new();
    private readonly NewsReaderFactory _factory;

    public CachedPagePathTests()
    {
        _factory = new NewsReaderFactory(_seeds);
    }

    public void Dispose()
    {
        _factory.Dispose();
        _seeds.Dispose();
    }

    [Fact]
    public void HostingLogger_Disabled_SoHostingStartsNoActivityOrScopePerRequest()
    {
        var logger = _factory.Services.GetRequiredService<ILoggerFactory>().CreateLogger("Microsoft.AspNetCore.Hosting.Diagnostics");

        Assert.False(logger.IsEnabled(LogLevel.Critical));
    }

    [Fact]
    public async Task Get_CachedPage_NoActivityAndNoAuthenticationPass()
    {
        using var client = _factory.WithWebHostBuilder(builder => builder.ConfigureTestServices(services =>
            services.AddSingleton<IStartupFilter>(new Probe(_observed)))).CreateClient();

        using var rendered = await client.GetAsync(new Uri(SeedPath, UriKind.Relative));
        using var cached = await client.GetAsync(new Uri(SeedPath, UriKind.Relative));

        rendered.EnsureSuccessStatusCode();
        cached.EnsureSuccessStatusCode();
        var (first, second) = (_observed.ElementAt(0), _observed.ElementAt(1));
        // The first request is routed and rendered, so authentication runs: the probe can see it.
        Assert.True(first.Authenticated);
        Assert.False(second.Authenticated);
        Assert.False(first.HadActivity);
        Assert.False(second.HadActivity);
    }

    private sealed record Observation(bool HadActivity, bool Authenticated);

    private sealed class Probe(ConcurrentQueue<Observation> observed) : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use(async (HttpContext context, RequestDelegate nextMiddleware) =>
            {
                var hadActivity = Activity.Current is not null;
                await nextMiddleware(context);
                observed.Enqueue(new Observation(hadActivity, context.Features.Get<IAuthenticationFeature>() is not null));
            });
            next(app);
        };
    }
}
