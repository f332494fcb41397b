using System.Net;
using AngleSharp.Html.Parser;
using Microsoft.AspNetCore.Http;
using NewsReader.Web.Tests.Infrastructure;

namespace NewsReader.Web.Tests.Hosting;

/// <summary>
/// Behind nginx (deploy/nginx.conf.template) the public scheme and host arrive as X-Forwarded-*;
/// the article's canonical link is where they show.
/// </summary>
public sealed class ForwardedHeadersTests : IDisposable
{
    private const string SeedPath = "/articles/trump-open-to-meeting-kim-jong-un-during-asia-trip";

    private readonly SeedsFolder _seeds = new SeedsFolder().WithSeed();

    public void Dispose() => _seeds.Dispose();

    private async Task<string?> CanonicalFromAsync(IPAddress client)
    {
        using var factory = new NewsReaderFactory(_seeds);
        var context = await factory.Server.SendAsync(request =>
        {
            request.Request.Method = HttpMethods.Get;
            request.Request.Path = SeedPath;
            request.Request.Headers["X-Forwarded-Proto"] = "https";
            request.Request.Headers["X-Forwarded-Host"] = "news.example.com";
            request.Request.Headers["X-Forwarded-For"] = "198.51.100.7";
            request.Connection.RemoteIpAddress = client;
        });

        Assert.Equal(StatusCodes.Status200OK, context.Response.StatusCode);
        using var reader = new StreamReader(context.Response.Body);
        var document = new HtmlParser().ParseDocument(await reader.ReadToEndAsync());
        return document.QuerySelector("head link[rel=canonical]")?.GetAttribute("href");
    }

    [Fact]
    public async Task Get_FromLoopbackProxy_LinksUseForwardedSchemeAndHost()
    {
        Assert.Equal("https://news.example.com" + SeedPath, await CanonicalFromAsync(IPAddress.Loopback));
    }

    [Fact]
    public async Task Get_FromOtherAddress_ForwardedHeadersIgnored()
    {
        Assert.Equal("http://localhost" + SeedPath, await CanonicalFromAsync(IPAddress.Parse("203.0.113.9")));
    }
}
