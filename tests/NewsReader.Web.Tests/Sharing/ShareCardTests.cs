using System.Buffers.Binary;
using System.Net;
using NewsReader.Web.Tests.Infrastructure;

namespace NewsReader.Web.Tests.Sharing;

public sealed class ShareCardTests : IDisposable
{
    private readonly SeedsFolder _seeds = new SeedsFolder().WithSeed();
    private readonly NewsReaderFactory _factory;

    public ShareCardTests() => _factory = new NewsReaderFactory(_seeds);

    public void Dispose()
    {
        _factory.Dispose();
        _seeds.Dispose();
    }

    private async Task<string> ImagePathAsync(string page)
    {
        var document = await Html.ParseAsync(await _factory.CreateClient().GetAsync(new Uri(page, UriKind.Relative)));
        return new Uri(document.QuerySelector("meta[property='og:image']")!.GetAttribute("content")!).PathAndQuery;
    }

    [Theory]
    [InlineData("/articles/trump-open-to-meeting-kim-jong-un-during-asia-trip")]
    [InlineData("/")]
    public async Task Get_OgImage_1200x630PngCachedForAYear(string page)
    {
        var response = await _factory.CreateClient().GetAsync(new Uri(await ImagePathAsync(page), UriKind.Relative));
        var png = await response.Content.ReadAsByteArrayAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("image/png", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A], png[..8]);
        Assert.Equal(1200, BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(16)));
        Assert.Equal(630, BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(20)));
        Assert.Equal("public, max-age=31536000, immutable", response.Headers.CacheControl?.ToString());
    }

    [Fact]
    public async Task Get_OgImageTwice_SameBytes()
    {
        var path = new Uri(await ImagePathAsync("/articles/trump-open-to-meeting-kim-jong-un-during-asia-trip"), UriKind.Relative);
        var client = _factory.CreateClient();

        Assert.Equal(await client.GetByteArrayAsync(path), await client.GetByteArrayAsync(path));
    }

    [Fact]
    public async Task Get_OutdatedCardVersion_RedirectsToCurrentCard()
    {
        var current = await ImagePathAsync("/articles/trump-open-to-meeting-kim-jong-un-during-asia-trip");

        var response = await _factory.CreateNonRedirectingClient().GetAsync(new Uri("/cards/87e463ba83310d3b-0000000000.png", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(current, response.Headers.Location?.OriginalString);
    }

    [Theory]
    [InlineData("/cards/ffffffffffffffff-0000000000.png")]
    [InlineData("/cards/nodash.png")]
    public async Task Get_CardOfUnknownArticle_NotFound(string path)
    {
        var response = await _factory.CreateClient().GetAsync(new Uri(path, UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
