using System.IO.Compression;
using System.Net;
using System.Net.Http.Headers;
using NewsReader.Web.Tests.Infrastructure;

namespace NewsReader.Web.Tests.Serving;

/// <summary>Pages come from bytes rendered once per snapshot: validators, caching headers and codings as HTTP says.</summary>
public sealed class PageCacheTests : IDisposable
{
    private const string SeedPath = "/articles/trump-open-to-meeting-kim-jong-un-during-asia-trip";

    private readonly SeedsFolder _seeds = new SeedsFolder().WithSeed().WithStories(3);
    private readonly NewsReaderFactory _factory;
    private readonly HttpClient _client;

    public PageCacheTests()
    {
        _factory = new NewsReaderFactory(_seeds);
        _client = _factory.CreateNonRedirectingClient();
    }

    public void Dispose()
    {
        _client.Dispose();
        _factory.Dispose();
        _seeds.Dispose();
    }

    [Theory]
    [InlineData(SeedPath)]
    [InlineData("/")]
    [InlineData("/topics")]
    [InlineData("/topics/north-korea")]
    [InlineData("/search?q=kim")]
    public async Task Get_Page_StrongETagShortPublicCachingAndLength(string path)
    {
        var first = await GetAsync(path);
        var second = await GetAsync(path);
        var body = await second.Content.ReadAsByteArrayAsync();

        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.NotNull(first.Headers.ETag);
        Assert.False(first.Headers.ETag.IsWeak);
        Assert.Equal(first.Headers.ETag, second.Headers.ETag);
        Assert.Equal(await first.Content.ReadAsByteArrayAsync(), body);
        Assert.True(second.Headers.CacheControl is { Public: true, MaxAge.TotalSeconds: > 0 and <= 600 }, second.Headers.CacheControl?.ToString());
        Assert.Contains("Accept-Encoding", second.Headers.Vary);
        Assert.Equal(body.Length, second.Content.Headers.ContentLength);
        Assert.Equal("text/html", second.Content.Headers.ContentType?.MediaType);
        Assert.Equal("nosniff", second.Headers.GetValues("X-Content-Type-Options").Single());
    }

    [Fact]
    public async Task Get_IfNoneMatchCurrentETag_NotModifiedWithoutBody()
    {
        var etag = (await GetAsync(SeedPath)).Headers.ETag!;

        var response = await GetAsync(SeedPath, request => request.Headers.IfNoneMatch.Add(etag));

        Assert.Equal(HttpStatusCode.NotModified, response.StatusCode);
        Assert.Empty(await response.Content.ReadAsByteArrayAsync());
        Assert.Equal(etag, response.Headers.ETag);
    }

    [Fact]
    public async Task Get_IfNoneMatchOtherETag_FullPage()
    {
        var response = await GetAsync(SeedPath, request => request.Headers.IfNoneMatch.Add(new EntityTagHeaderValue("\"something-else\"")));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.NotEmpty(await response.Content.ReadAsByteArrayAsync());
    }

    [Theory]
    [InlineData("br", "br")]
    [InlineData("gzip", "gzip")]
    [InlineData("gzip, deflate, br, zstd", "br")]
    [InlineData("br;q=0, gzip", "gzip")]
    public async Task Get_AcceptEncoding_CompressedVariantOfTheSameBytes(string accept, string expected)
    {
        var plain = await (await GetAsync(SeedPath)).Content.ReadAsByteArrayAsync();

        var response = await GetAsync(SeedPath, request => request.Headers.TryAddWithoutValidation("Accept-Encoding", accept));
        var compressed = await response.Content.ReadAsByteArrayAsync();

        Assert.Equal([expected], response.Content.Headers.ContentEncoding);
        Assert.True(compressed.Length < plain.Length / 2, $"{compressed.Length} of {plain.Length}");
        Assert.Equal(compressed.Length, response.Content.Headers.ContentLength);
        Assert.Equal(plain, Decompress(compressed, expected));
        Assert.Contains("Accept-Encoding", response.Headers.Vary);
        Assert.EndsWith(expected == "br" ? "-br\"" : "-gz\"", response.Headers.ETag!.Tag, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_TwoAppsOnTheSameFiles_SameETag()
    {
        using var other = new NewsReaderFactory(_seeds);

        var mine = (await GetAsync(SeedPath)).Headers.ETag;
        var theirs = (await other.CreateClient().GetAsync(new Uri(SeedPath, UriKind.Relative))).Headers.ETag;

        Assert.Equal(mine, theirs);
    }

    [Fact]
    public async Task Head_Page_HeadersWithoutBody()
    {
        var get = await GetAsync(SeedPath);

        var head = await _client.SendAsync(new HttpRequestMessage(HttpMethod.Head, new Uri(SeedPath, UriKind.Relative)));

        Assert.Equal(HttpStatusCode.OK, head.StatusCode);
        Assert.Equal(get.Headers.ETag, head.Headers.ETag);
        Assert.Empty(await head.Content.ReadAsByteArrayAsync());
    }

    [Theory]
    [InlineData("/articles/no-such-article", HttpStatusCode.NotFound)]
    [InlineData("/a/87e463ba83310d3b", HttpStatusCode.MovedPermanently)]
    public async Task Get_NotAPage_NoETagNoPublicCaching(string path, HttpStatusCode status)
    {
        await GetAsync(path);

        var response = await GetAsync(path);

        Assert.Equal(status, response.StatusCode);
        Assert.Null(response.Headers.ETag);
        Assert.NotEqual(true, response.Headers.CacheControl?.Public);
    }

    [Theory]
    [InlineData("/api/articles/87e463ba83310d3b")]
    [InlineData("/manifest.webmanifest")]
    public async Task Get_NotAPageAddress_PassesThroughWithItsOwnHeaders(string path)
    {
        var response = await GetAsync(path);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.NotEmpty(await response.Content.ReadAsByteArrayAsync());
        Assert.False(response.Headers.ETag?.Tag.EndsWith("-br\"", StringComparison.Ordinal) ?? false);
        Assert.DoesNotContain("Accept-Encoding", response.Headers.Vary);
    }

    [Theory]
    [InlineData("/", true)]
    [InlineData("/articles/some-slug", true)]
    [InlineData("/search", true)]
    [InlineData("/topics/north-korea", true)]
    [InlineData("/page/2", true)]
    [InlineData("/css/site.abc123.css", false)]
    [InlineData("/feed.rss", true)]
    [InlineData("/sitemaps/2.xml", true)]
    [InlineData("/js/app.js", false)]
    [InlineData("/api/articles", false)]
    [InlineData("/media/photos/a.jpg", false)]
    [InlineData("/cards/abc-123.png", false)]
    [InlineData("/readyz", false)]
    public void MayHoldPage_Path(string path, bool expected) =>
        Assert.Equal(expected, NewsReader.Web.Serving.PageCache.MayHoldPage(new Microsoft.AspNetCore.Http.PathString(path)));

    [Fact]
    public async Task Get_StatusPage_NeverKept()
    {
        var response = await GetAsync("/status");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(response.Headers.CacheControl?.NoStore);
        Assert.Null(response.Headers.ETag);
    }

    [Fact]
    public async Task Get_AfterFileChanged_NewPageAndNewETag()
    {
        var before = await GetAsync("/articles/story-number-1");
        var beforeTag = before.Headers.ETag;
        Assert.Contains("Lead paragraph of story 1", await before.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        _seeds.With("story-001.txt", "Story number 1\n\nA rewritten lead paragraph.\n\nMore text.");
        await _factory.WaitForSnapshotAsync(s => s.FindBySlug("story-number-1")?.Standfirst == "A rewritten lead paragraph.");
        var after = await GetAsync("/articles/story-number-1");

        Assert.Contains("A rewritten lead paragraph.", await after.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.NotEqual(beforeTag, after.Headers.ETag);
        Assert.Equal(HttpStatusCode.OK, (await GetAsync("/articles/story-number-1", request => request.Headers.IfNoneMatch.Add(beforeTag!))).StatusCode);
    }

    private async Task<HttpResponseMessage> GetAsync(string path, Action<HttpRequestMessage>? configure = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(path, UriKind.Relative));
        configure?.Invoke(request);
        return await _client.SendAsync(request);
    }

    private static byte[] Decompress(byte[] body, string coding)
    {
        using Stream stream = coding == "br"
            ? new BrotliStream(new MemoryStream(body), CompressionMode.Decompress)
            : new GZipStream(new MemoryStream(body), CompressionMode.Decompress);
        using var output = new MemoryStream();
        stream.CopyTo(output);
        return output.ToArray();
    }
}
