using System.Net;
using System.Net.Http.Headers;
using NewsReader.Web.Tests.Infrastructure;

namespace NewsReader.Web.Tests.Serving;

/// <summary>
/// Feeds, sitemaps, OpenSearch and robots.txt are built once per snapshot and served like pages:
/// strong ETag, 304 for a current copy, pre-compressed variants, a public lifetime (issue 15).
/// </summary>
public sealed class FeedCachingTests : IDisposable
{
    private readonly SeedsFolder _seeds = new SeedsFolder().WithSeed().WithStories(3);
    private readonly NewsReaderFactory _factory;
    private readonly HttpClient _client;

    public FeedCachingTests()
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
    [InlineData("/feed.atom", "application/atom+xml")]
    [InlineData("/feed.rss", "application/rss+xml")]
    [InlineData("/sitemap.xml", "application/xml")]
    [InlineData("/opensearch.xml", "application/opensearchdescription+xml")]
    [InlineData("/robots.txt", "text/plain")]
    public async Task Get_SnapshotDocument_StrongETagAndNotModified(string path, string mediaType)
    {
        var first = await GetAsync(path);
        var again = await GetAsync(path + "?utm_source=reader");
        var conditional = await GetAsync(path, request => request.Headers.IfNoneMatch.Add(first.Headers.ETag!));

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(mediaType, first.Content.Headers.ContentType?.MediaType);
        Assert.False(first.Headers.ETag?.IsWeak ?? true, $"no strong ETag on {path}");
        Assert.True(first.Headers.CacheControl is { Public: true, MaxAge.TotalSeconds: > 0 }, first.Headers.CacheControl?.ToString());
        Assert.Equal(await first.Content.ReadAsByteArrayAsync(), await again.Content.ReadAsByteArrayAsync());
        Assert.Equal(first.Headers.ETag, again.Headers.ETag);
        Assert.Equal(HttpStatusCode.NotModified, conditional.StatusCode);
        Assert.Empty(await conditional.Content.ReadAsByteArrayAsync());
    }

    [Theory]
    [InlineData("/feed.atom", "br")]
    [InlineData("/feed.rss", "gzip")]
    [InlineData("/sitemap.xml", "br")]
    [InlineData("/opensearch.xml", "gzip")]
    public async Task Get_SnapshotDocumentCompressed_PrecompressedVariant(string path, string coding)
    {
        var plain = await GetAsync(path);

        var compressed = await GetAsync(path, request => request.Headers.TryAddWithoutValidation("Accept-Encoding", coding));

        Assert.Equal(HttpStatusCode.OK, compressed.StatusCode);
        Assert.Equal([coding], compressed.Content.Headers.ContentEncoding);
        Assert.Contains("Accept-Encoding", compressed.Headers.Vary);
        Assert.NotEqual(plain.Headers.ETag, compressed.Headers.ETag);
        Assert.True(compressed.Content.Headers.ContentLength < plain.Content.Headers.ContentLength);
    }

    [Fact]
    public async Task Get_FeedAfterArticleAdded_NewETag()
    {
        var before = (await GetAsync("/feed.atom")).Headers.ETag!;

        _seeds.With("story-009.txt", "A brand new story\n\nIts lead paragraph.\n\nMore text.");
        await _factory.WaitForSnapshotAsync(s => s.FindBySlug("a-brand-new-story") is not null);
        var after = await GetAsync("/feed.atom", request => request.Headers.IfNoneMatch.Add(before));

        Assert.Equal(HttpStatusCode.OK, after.StatusCode);
        Assert.NotEqual(before, after.Headers.ETag);
        Assert.Contains("A brand new story", await after.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    private async Task<HttpResponseMessage> GetAsync(string path, Action<HttpRequestMessage>? configure = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(path, UriKind.Relative));
        configure?.Invoke(request);
        return await _client.SendAsync(request);
    }
}
