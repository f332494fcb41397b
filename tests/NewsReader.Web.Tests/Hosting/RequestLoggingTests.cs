using NewsReader.Web.Tests.Infrastructure;
using Serilog.Events;

namespace NewsReader.Web.Tests.Hosting;

/// <summary>The request log as the README describes it: failures always, every request when asked.</summary>
public sealed class RequestLoggingTests : IDisposable
{
    private const string RequestLog = "Serilog.AspNetCore.RequestLoggingMiddleware";
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);

    private static readonly Dictionary<string, string?> EveryRequest = new()
    {
        [$"Serilog:MinimumLevel:Override:{RequestLog}"] = "Debug",
    };

    private readonly SeedsFolder _seeds = new SeedsFolder().WithSeed();

    public void Dispose() => _seeds.Dispose();

    [Fact]
    public async Task Get_Failing_LoggedAsErrorWithPathAndStatus()
    {
        using var factory = new NewsReaderFactory(_seeds);

        using var response = await factory.CreateClient().GetAsync(new Uri(NewsReaderFactory.ThrowingPath, UriKind.Relative));

        var logged = await factory.Logs.WaitForAsync(e => IsRequestLog(e, NewsReaderFactory.ThrowingPath), Patience);
        Assert.NotNull(logged);
        Assert.Equal(LogEventLevel.Error, logged.Level);
        Assert.Equal("500", logged.Properties["StatusCode"].ToString());
    }

    [Fact]
    public async Task Get_PageWithRequestLogAtDebug_EveryRequestLogged()
    {
        using var factory = new NewsReaderFactory(_seeds, EveryRequest);

        using var response = await factory.CreateClient().GetAsync(new Uri("/", UriKind.Relative));

        var logged = await factory.Logs.WaitForAsync(e => IsRequestLog(e, "/"), Patience);
        Assert.NotNull(logged);
        Assert.Equal(LogEventLevel.Debug, logged.Level);
        Assert.Equal("200", logged.Properties["StatusCode"].ToString());
    }

    [Fact]
    public async Task Get_Page_NotLoggedInProduction()
    {
        using var factory = new NewsReaderFactory(_seeds);
        using var client = factory.CreateClient();

        using var page = await client.GetAsync(new Uri("/", UriKind.Relative));
        using var failing = await client.GetAsync(new Uri(NewsReaderFactory.ThrowingPath, UriKind.Relative));

        // The failing request's line is written after the page's would have been: waiting for it
        // leaves no room for a late line about the page.
        Assert.NotNull(await factory.Logs.WaitForAsync(e => IsRequestLog(e, NewsReaderFactory.ThrowingPath), Patience));
        Assert.DoesNotContain(factory.Logs.Events, e => IsRequestLog(e, "/"));
    }

    [Theory]
    [InlineData("/readyz")]
    [InlineData("/")]
    public async Task Get_BeforeFirstLoad_TurnedAwayAtDebugNotError(string path)
    {
        using var factory = new NewsReaderFactory(_seeds, EveryRequest, loadSeeds: false);

        using var response = await factory.CreateClient().GetAsync(new Uri(path, UriKind.Relative));

        Assert.Equal(System.Net.HttpStatusCode.ServiceUnavailable, response.StatusCode);
        var logged = await factory.Logs.WaitForAsync(e => IsRequestLog(e, path), Patience);
        Assert.NotNull(logged);
        Assert.Equal(LogEventLevel.Debug, logged.Level);
    }

    private static bool IsRequestLog(LogEvent logEvent, string path) =>
        logEvent.Properties.TryGetValue("SourceContext", out var source) && source.ToString() == $"\"{RequestLog}\""
        && logEvent.Properties.TryGetValue("RequestPath", out var requestPath) && requestPath.ToString() == $"\"{path}\"";
}
