using System.Net;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.Testing;
using NewsReader.Web.Serving;
using NewsReader.Web.Tests.Infrastructure;

namespace NewsReader.Web.Tests.Serving;

/// <summary>
/// Pages are kept under the query parameters they read: tracking parameters and cache-busters
/// neither render a page again nor add an entry (issue 15).
/// </summary>
public sealed class PageCacheKeyTests : IDisposable
{
    private readonly SeedsFolder _seeds = new SeedsFolder().WithSeed().WithStories(3);
    private readonly NewsReaderFactory _factory;
    private readonly RenderCounter _renders = new();
    private readonly WebApplicationFactory<Program> _counted;
    private readonly HttpClient _client;

    public PageCacheKeyTests()
    {
        _factory = new NewsReaderFactory(_seeds);
        _counted = _renders.Attach(_factory);
        _client = _counted.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
    }

    public void Dispose()
    {
        _client.Dispose();
        _counted.Dispose();
        _factory.Dispose();
        _seeds.Dispose();
    }

    [Fact]
    public async Task Get_FrontPageWithUnreadParameters_ServedFromTheFrontPageEntry()
    {
        var plain = await GetAsync("/");

        var tracked = await GetAsync("/?utm_source=1");
        var busted = await GetAsync("/?x=2&utm_medium=mail&pageNumber=3");

        Assert.Equal(HttpStatusCode.OK, busted.StatusCode);
        Assert.Equal(plain.Headers.ETag, tracked.Headers.ETag);
        Assert.Equal(plain.Headers.ETag, busted.Headers.ETag);
        Assert.Equal(1, _renders.CountOf("/"));
    }

    [Fact]
    public async Task Get_SearchWithJunkOrOtherSpelling_SameEntryAsSearch()
    {
        var plain = await GetAsync("/search?q=trump+kim");

        string[] others = ["/search?q=trump+kim&junk=1", "/search?junk=1&Q=trump%20kim", "/search?q=%74rump+kim&page=1", "/search?q=trump+kim&q=ignored"];
        foreach (var other in others)
        {
            Assert.Equal(plain.Headers.ETag, (await GetAsync(other)).Headers.ETag);
        }

        Assert.Equal(["/search?q=trump%20kim"], _renders.Rendered);
    }

    [Fact]
    public async Task Get_SearchOtherPage_NotTheFirstPagesEntry()
    {
        await GetAsync("/search?q=kim");

        var second = await GetAsync("/search?q=kim&page=2");

        Assert.Equal(HttpStatusCode.NotFound, second.StatusCode);
    }

    [Theory]
    [InlineData("/", "", "http://localhost/")]
    [InlineData("/", "?utm_source=1&page=2", "http://localhost/")]
    [InlineData("/articles/a-slug", "?page=2&q=x", "http://localhost/articles/a-slug")]
    [InlineData("/search", "?page=2&q=a+b&utm=1", "http://localhost/search?q=a%20b&page=2")]
    [InlineData("/search", "?q=caf%c3%a9", "http://localhost/search?q=caf%C3%A9")]
    [InlineData("/search", "?q=café", "http://localhost/search?q=caf%C3%A9")]
    [InlineData("/search", "?q=&page=abc", "http://localhost/search")]
    [InlineData("/Search/", "?Q=%41&PAGE=03", "http://localhost/Search/?q=A&page=3")]
    [InlineData("/topics", "?page=1&x=y", "http://localhost/topics")]
    [InlineData("/topics/north-korea", "?page=%32", "http://localhost/topics/north-korea?page=2")]
    [InlineData("/search", "?sort=date&utm=1&to=2024-03-31&from=2024-03-01&section=business&source=BBC+News&topic=kim&q=x&page=2", "http://localhost/search?q=x&topic=kim&source=BBC%20News&section=business&from=2024-03-01&to=2024-03-31&sort=date&page=2")]
    [InlineData("/sections/business", "?page=2&q=x", "http://localhost/sections/business?page=2")]
    [InlineData("/sections", "?page=2", "http://localhost/sections")]
    [InlineData("/archive/2024/03/page/2", "?page=3&utm=1", "http://localhost/archive/2024/03/page/2")]
    [InlineData("/authors/ann-lee", "?page=2", "http://localhost/authors/ann-lee")]
    public void Write_Query_OnlyTheParametersThePageReadsInOneSpelling(string path, string query, string expected)
    {
        var request = new DefaultHttpContext().Request;
        request.Scheme = "http";
        request.Host = new HostString("localhost");
        request.Path = path;
        request.QueryString = new QueryString(query);
        Span<char> buffer = stackalloc char[PageCache.MaxKeyLength];

        var length = PageCacheKey.Write(request, buffer, out var queryStart);

        Assert.Equal(expected, buffer[..length].ToString());
        Assert.Equal(expected.Split('?')[0].Length, queryStart);
    }

    private Task<HttpResponseMessage> GetAsync(string path) => _client.GetAsync(new Uri(path, UriKind.Relative));
}
