using System.Text.Json;
using NewsReader.Web.Tests.Infrastructure;

namespace NewsReader.Web.Tests.Api;

/// <summary>
/// The OpenAPI document is cached and read by tools that then call the API: the server it names
/// must be the site's configured address, never whatever Host header a request came with.
/// </summary>
public sealed class OpenApiServerTests : IDisposable
{
    private readonly SeedsFolder _seeds = new SeedsFolder().WithStories(1);

    public void Dispose() => _seeds.Dispose();

    [Fact]
    public async Task Document_HostileHostHeader_ServerIsBaseUrl()
    {
        using var factory = new NewsReaderFactory(_seeds, new Dictionary<string, string?> { ["Site:BaseUrl"] = "https://news.example.com/" });

        var servers = await ServersAsync(factory);

        Assert.Equal(["https://news.example.com/"], servers);
    }

    [Fact]
    public async Task Document_NoBaseUrl_HostHeaderNotEchoed()
    {
        using var factory = new NewsReaderFactory(_seeds);

        var servers = await ServersAsync(factory);

        Assert.DoesNotContain(servers, server => server.Contains("attacker", StringComparison.Ordinal));
        Assert.All(servers, server => Assert.Equal("/", server));
    }

    private static async Task<List<string>> ServersAsync(NewsReaderFactory factory)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri("/openapi/v1.json", UriKind.Relative));
        request.Headers.Host = "attacker.example";
        using var response = await factory.CreateClient().SendAsync(request);
        response.EnsureSuccessStatusCode();
        using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return document.RootElement.TryGetProperty("servers", out var servers)
            ? servers.EnumerateArray().Select(server => server.GetProperty("url").GetString()!).ToList()
            : [];
    }
}
