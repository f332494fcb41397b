using System.Net;
using NewsReader.Web.Tests.Infrastructure;
using Serilog.Events;

namespace NewsReader.Web.Tests.Pages.Errors;

public sealed class StatusPageTests : IDisposable
{
    private readonly SeedsFolder _seeds = new SeedsFolder().WithSeed();
    private readonly NewsReaderFactory _factory;

    public StatusPageTests() => _factory = new NewsReaderFactory(_seeds);

    public void Dispose()
    {
        _factory.Dispose();
        _seeds.Dispose();
    }

    [Theory]
    [InlineData("/no-such-page")]
    [InlineData("/articles/missing/extra")]
    [InlineData("/css/missing.css")]
    public async Task Get_UnknownUrl_404PageWithWayHome(string path)
    {
        var response = await _factory.CreateClient().GetAsync(new Uri(path, UriKind.Relative));
        var document = await Html.ParseAsync(response);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("Page not found", document.Title);
        Assert.Equal("/", document.QuerySelector("main a")?.GetAttribute("href"));
    }

    [Fact]
    public async Task Get_UnhandledException_Friendly500WithoutDetails()
    {
        var response = await _factory.CreateClient().GetAsync(new Uri(NewsReaderFactory.ThrowingPath, UriKind.Relative));
        var html = await response.Content.ReadAsStringAsync();
        var document = await Html.ParseAsync(response);

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Equal("Something went wrong", document.QuerySelector("h1")?.TextContent);
        Assert.Equal("/", document.QuerySelector("main a")?.GetAttribute("href"));
        Assert.DoesNotContain("Secret internal detail", html, StringComparison.Ordinal);
        Assert.DoesNotContain("InvalidOperationException", html, StringComparison.Ordinal);
        var logged = await _factory.Logs.WaitForAsync(
            e => e.Level == LogEventLevel.Error && e.Exception?.Message == "Secret internal detail: connection string xyz",
            TimeSpan.FromSeconds(10));
        Assert.NotNull(logged);
    }

    [Fact]
    public async Task Get_ErrorPageDirectlyWithNonErrorCode_NotFound()
    {
        var response = await _factory.CreateClient().GetAsync(new Uri("/errors/200", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
