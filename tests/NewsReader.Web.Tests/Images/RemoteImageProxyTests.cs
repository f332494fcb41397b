using System.Net;
using NewsReader.Web.Tests.Infrastructure;
using SkiaSharp;

namespace NewsReader.Web.Tests.Images;

/// <summary>The proxy serves what an article names, signed by the app, and nothing else.</summary>
public sealed class RemoteImageProxyTests : IAsyncLifetime
{
    private static readonly Dictionary<string, string?> AllowLoopback = new() { ["Images:AllowPrivateHosts"] = "true" };

    private ImageOrigin _origin = null!;

    public async Task InitializeAsync() => _origin = await ImageOrigin.StartAsync();

    public async Task DisposeAsync() => await _origin.DisposeAsync();

    [Fact]
    public async Task Get_SignedAddressNamedByArticle_ServesBytesWithSniffedTypeAndCacheHeaders()
    {
        var photo = _origin.Url("photo.png");
        using var site = new ProxySite([photo], AllowLoopback);

        using var response = await site.GetAsync(photo);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        // The origin calls it text/plain; the bytes say PNG.
        Assert.Equal("image/png", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(ImageOrigin.Png(800, 600), await response.Content.ReadAsByteArrayAsync());
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Contains("max-age=31536000", response.Headers.CacheControl?.ToString(), StringComparison.Ordinal);
        Assert.NotNull(response.Headers.ETag);
    }

    [Fact]
    public async Task Get_SecondTime_ServedFromDiskCacheWithoutAskingOrigin()
    {
        var photo = _origin.Url("photo.png");
        using var site = new ProxySite([photo], AllowLoopback);
        (await site.GetAsync(photo)).Dispose();

        using var again = await site.GetAsync(photo);

        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Equal("image/png", again.Content.Headers.ContentType?.MediaType);
        Assert.Single(_origin.Requests);
    }

    [Fact]
    public async Task Get_UnsignedOrTamperedSignature_NotFound()
    {
        var photo = _origin.Url("photo.png");
        using var site = new ProxySite([photo], AllowLoopback);
        var parts = site.AddressFor(photo).ToString().Split('/');
        var signature = parts[^2];
        var tampered = (signature[0] == 'A' ? "B" : "A") + signature[1..];

        using var unsigned = await site.Client.GetAsync(new Uri($"/images/remote/x/{parts[^1]}", UriKind.Relative));
        using var wrong = await site.Client.GetAsync(new Uri($"/images/remote/{tampered}/{parts[^1]}", UriKind.Relative));
        using var missing = await site.Client.GetAsync(new Uri($"/images/remote/{parts[^1]}", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, unsigned.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, wrong.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Empty(_origin.Requests);
    }

    [Fact]
    public async Task Get_SignedButNamedByNoArticle_NotFound()
    {
        using var site = new ProxySite([_origin.Url("photo.png")], AllowLoopback);

        using var response = await site.GetAsync(_origin.Url("photo.png?other"));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Empty(_origin.Requests);
    }

    [Fact]
    public async Task Get_AfterRestart_SameAddressStillServed()
    {
        var photo = _origin.Url("photo.png");
        using var seeds = new SeedsFolder();
        Uri before;
        using (var first = new ProxySite([photo], AllowLoopback, seeds: seeds))
        {
            before = first.AddressFor(photo);
        }

        using var second = new ProxySite([], AllowLoopback, seeds: seeds);
        using var response = await second.Client.GetAsync(before);

        Assert.Equal(before, second.AddressFor(photo));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Theory]
    [InlineData(320)]
    [InlineData(640)]
    public async Task Get_AllowedWidth_ResizedCopyOfThatWidthKeepingAspect(int width)
    {
        var photo = _origin.Url("photo.png");
        using var site = new ProxySite([photo], AllowLoopback);

        using var response = await site.GetAsync(photo, $"?w={width}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("image/webp", response.Content.Headers.ContentType?.MediaType);
        using var bitmap = SKBitmap.Decode(await response.Content.ReadAsByteArrayAsync());
        Assert.Equal(width, bitmap.Width);
        Assert.Equal(width * 600 / 800, bitmap.Height);
    }

    [Fact]
    public async Task Get_WidthAboveOriginal_OriginalNotUpscaled()
    {
        var photo = _origin.Url("photo.png");
        using var site = new ProxySite([photo], AllowLoopback);

        using var response = await site.GetAsync(photo, "?w=1920");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(ImageOrigin.Png(800, 600), await response.Content.ReadAsByteArrayAsync());
    }

    [Theory]
    [InlineData("?w=100")]
    [InlineData("?w=abc")]
    [InlineData("?w=")]
    [InlineData("?w=320&w=640")]
    public async Task Get_WidthNotInList_BadRequest(string query)
    {
        var photo = _origin.Url("photo.png");
        using var site = new ProxySite([photo], AllowLoopback);

        using var response = await site.GetAsync(photo, query);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Get_ManyImages_DiskCacheStaysWithinBudget()
    {
        var images = Enumerable.Range(1, 30).Select(seed => _origin.Url($"padded/{seed}.png")).ToList();
        using var site = new ProxySite(images, new Dictionary<string, string?>(AllowLoopback) { ["Images:CacheMegabytes"] = "1" });

        foreach (var image in images)
        {
            using var response = await site.GetAsync(image);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }

        var folder = Path.Join(site.Seeds.Path, ".newsreader", "images");
        var onDisk = new DirectoryInfo(folder).EnumerateFiles().Sum(file => file.Length);
        Assert.InRange(onDisk, 1, 1024 * 1024);
        Assert.True(images.Count * 100 * 1024 > 2 * 1024 * 1024, "the test must offer more than the budget");
    }
}
