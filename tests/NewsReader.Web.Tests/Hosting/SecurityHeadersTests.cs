using System.Net;
using NewsReader.Web.Tests.Infrastructure;

namespace NewsReader.Web.Tests.Hosting;

public sealed class SecurityHeadersTests : IDisposable
{
    private readonly SeedsFolder _seeds = new SeedsFolder().WithSeed();
    private readonly NewsReaderFactory _factory;

    public SecurityHeadersTests() => _factory = new NewsReaderFactory(_seeds);

    public void Dispose()
    {
        _factory.Dispose();
        _seeds.Dispose();
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/articles/trump-open-to-meeting-kim-jong-un-during-asia-trip")]
    [InlineData("/no-such-page")]
    [InlineData("/feed.atom")]
    [InlineData("/api/articles")]
    [InlineData("/api/articles/nope")]
    [InlineData("/favicon.svg")]
    [InlineData("/healthz")]
    public async Task Get_AnyResponse_CarriesHardenedHeaders(string path)
    {
        var response = await _factory.CreateNonRedirectingClient().GetAsync(new Uri(path, UriKind.Relative));

        var csp = Header(response, "Content-Security-Policy");
        Assert.Contains("default-src 'self'", csp, StringComparison.Ordinal);
        Assert.Contains("script-src 'self'", csp, StringComparison.Ordinal);
        Assert.Contains("frame-ancestors 'none'", csp, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-inline", csp, StringComparison.Ordinal);
        Assert.Equal("nosniff", Header(response, "X-Content-Type-Options"));
        Assert.Equal("strict-origin-when-cross-origin", Header(response, "Referrer-Policy"));
        Assert.Contains("camera=()", Header(response, "Permissions-Policy"), StringComparison.Ordinal);
        Assert.Equal("same-origin", Header(response, "Cross-Origin-Opener-Policy"));
        Assert.False(response.Headers.Contains("Strict-Transport-Security"), "HSTS only over https");
    }

    [Fact]
    public async Task Get_OverHttps_SendsHsts()
    {
        var client = _factory.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { BaseAddress = new Uri("https://localhost") });

        var response = await client.GetAsync(new Uri("/", UriKind.Relative));

        Assert.StartsWith("max-age=", Header(response, "Strict-Transport-Security"), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("POST", "/")]
    [InlineData("PUT", "/articles/trump-open-to-meeting-kim-jong-un-during-asia-trip")]
    [InlineData("DELETE", "/api/articles/87e463ba83310d3b")]
    [InlineData("PATCH", "/feed.rss")]
    [InlineData("OPTIONS", "/")]
    public async Task NonReadMethod_405WithAllow(string method, string path)
    {
        using var request = new HttpRequestMessage(new HttpMethod(method), new Uri(path, UriKind.Relative));

        var response = await _factory.CreateClient().SendAsync(request);

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Equal("GET, HEAD", string.Join(", ", response.Content.Headers.Allow));
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/articles/trump-open-to-meeting-kim-jong-un-during-asia-trip")]
    [InlineData("/feed.atom")]
    [InlineData("/sitemap.xml")]
    [InlineData("/api/articles")]
    public async Task Head_ReadableAddress_200WithSameHeadersAsGet(string path)
    {
        using var request = new HttpRequestMessage(HttpMethod.Head, new Uri(path, UriKind.Relative));

        var head = await _factory.CreateClient().SendAsync(request);
        var get = await _factory.CreateClient().GetAsync(new Uri(path, UriKind.Relative));

        // The in-memory test server passes the body through; Kestrel drops it for HEAD, as HTTP requires.
        Assert.Equal(HttpStatusCode.OK, head.StatusCode);
        Assert.Equal(get.Content.Headers.ContentType, head.Content.Headers.ContentType);
    }

    [Theory]
    [InlineData("/css/../../appsettings.json")]
    [InlineData("/%2e%2e/%2e%2e/appsettings.json")]
    [InlineData("/cards/..%2F..%2Fappsettings.json.png")]
    [InlineData("/articles/..%2F..%2Fappsettings.json")]
    public async Task Get_TraversalAttempt_NeverServesAFileOutsideItsFolder(string path)
    {
        var response = await _factory.CreateClient().GetAsync(new Uri(path, UriKind.Relative));

        Assert.NotEqual(HttpStatusCode.OK, response.StatusCode);
        Assert.DoesNotContain("\"Serilog\"", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    private static string Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) ? string.Join(", ", values)
        : response.Content.Headers.TryGetValues(name, out var contentValues) ? string.Join(", ", contentValues)
        : throw new Xunit.Sdk.XunitException($"missing header {name}");
}
