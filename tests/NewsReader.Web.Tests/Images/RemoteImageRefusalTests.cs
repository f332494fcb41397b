using System.Globalization;
using System.Net;
using Microsoft.Extensions.Options;
using NewsReader.Web.Images;

namespace NewsReader.Web.Tests.Images;

/// <summary>
/// What the proxy will not fetch or pass on: the server's own network (directly, by name, or by
/// redirect), anything that is not a raster image, and images too large or too slow. Each is a 404.
/// </summary>
public sealed class RemoteImageRefusalTests : IAsyncLifetime
{
    private ImageOrigin _origin = null!;

    public async Task InitializeAsync() => _origin = await ImageOrigin.StartAsync();

    public async Task DisposeAsync() => await _origin.DisposeAsync();

    [Theory]
    [InlineData("http://10.0.0.1/a.png")]
    [InlineData("http://169.254.169.254/latest/meta-data/a.png")]
    [InlineData("http://127.0.0.1:{port}/photo.png")]
    [InlineData("http://[::1]:{port}/photo.png")]
    [InlineData("http://localhost:{port}/photo.png")]
    public async Task Get_PrivateLoopbackOrLinkLocalHost_NotFoundAndNeverConnected(string url)
    {
        var image = new Uri(url.Replace("{port}", _origin.Port.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal));
        using var site = new ProxySite([image], new Dictionary<string, string?> { ["Images:TimeoutSeconds"] = "3" });

        using var response = await site.GetAsync(image);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Empty(_origin.Requests);
        Assert.Contains(site.Logs.Events, e => e.RenderMessage(CultureInfo.InvariantCulture).Contains("may not reach", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("http://10.0.0.1/a.png")]
    [InlineData("http://169.254.169.254/latest/meta-data/")]
    [InlineData("http://localhost:{port}/photo.png")]
    public async Task Get_RedirectFromAllowedOriginToPrivateAddress_NotFound(string target)
    {
        var to = target.Replace("{port}", (_origin.Port + 1).ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal);
        var image = _origin.Url("redirect?to=" + Uri.EscapeDataString(to));
        using var site = new ProxySite([image], new Dictionary<string, string?> { ["Images:TimeoutSeconds"] = "3" }, OriginOnly());

        using var response = await site.GetAsync(image);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Single(_origin.Requests);
        Assert.Contains(site.Logs.Events, e => e.RenderMessage(CultureInfo.InvariantCulture).Contains("may not reach", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Get_RedirectWithinAllowedOrigin_Followed()
    {
        var image = _origin.Url("redirect?to=" + Uri.EscapeDataString(_origin.Url("photo.png").ToString()));
        using var site = new ProxySite([image], policy: OriginOnly());

        using var response = await site.GetAsync(image);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("image/png", response.Content.Headers.ContentType?.MediaType);
    }

    [Theory]
    [InlineData("page.jpg")]
    [InlineData("drawing.svg")]
    public async Task Get_NotARasterImage_NotFound(string path)
    {
        var image = _origin.Url(path);
        using var site = new ProxySite([image], policy: OriginOnly());

        using var response = await site.GetAsync(image);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Single(_origin.Requests);
    }

    [Theory]
    [InlineData("huge.png")]
    [InlineData("huge-streamed.png")]
    public async Task Get_LargerThanMaxBytes_NotFound(string path)
    {
        var image = _origin.Url(path);
        using var site = new ProxySite([image], new Dictionary<string, string?> { ["Images:MaxBytes"] = "32768" }, OriginOnly());

        using var response = await site.GetAsync(image);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains(site.Logs.Events, e => e.RenderMessage(CultureInfo.InvariantCulture).Contains("Images:MaxBytes", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Get_SlowerThanTimeout_NotFoundAndNotAskedAgainAtOnce()
    {
        var image = _origin.Url("slow.png");
        using var site = new ProxySite([image], new Dictionary<string, string?> { ["Images:TimeoutSeconds"] = "1" }, OriginOnly());

        using var response = await site.GetAsync(image);
        using var again = await site.GetAsync(image);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, again.StatusCode);
        Assert.Single(_origin.Requests);
        Assert.Contains(site.Logs.Events, e => e.RenderMessage(CultureInfo.InvariantCulture).Contains("Images:TimeoutSeconds", StringComparison.Ordinal));
    }

    private ProxySite.OriginOnly OriginOnly() =>
        new(_origin.Port, new RemoteHostPolicy(Options.Create(new ImagesOptions())));
}
