using System.Collections.Concurrent;
using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using SkiaSharp;

namespace NewsReader.Browser.Tests.Images;

/// <summary>A news site's picture server on loopback: the remote photos of a saved page, and a count of who asked.</summary>
public sealed class PhotoOrigin : IAsyncDisposable
{
    private readonly WebApplication _app;

    private PhotoOrigin(WebApplication app) => _app = app;

    public Uri Address { get; private set; } = new("http://127.0.0.1/");

    public ConcurrentQueue<string> Requests { get; } = new();

    public static async Task<PhotoOrigin> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        var app = builder.Build();
        var origin = new PhotoOrigin(app);
        app.Use((context, next) =>
        {
            origin.Requests.Enqueue(context.Request.Path);
            return next(context);
        });
        var lead = Photo(1600, 900, new SKColor(0x2E, 0x6F, 0x95));
        var quay = Photo(1200, 800, new SKColor(0x7A, 0x4E, 0x2D));
        app.MapGet("/img/lead.jpg", () => Results.Bytes(lead, "image/jpeg"));
        app.MapGet("/img/quay.jpg", () => Results.Bytes(quay, "image/jpeg"));
        // Named in the page, gone from the site by the time a reader comes.
        app.MapGet("/img/gone.jpg", () => Results.NotFound());
        await app.StartAsync();
        origin.Address = new Uri(app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First());
        return origin;
    }

    /// <summary>A JPEG that looks like a photo (sky over sea), not a blank that a sniffer might doubt.</summary>
    public static byte[] Photo(int width, int height, SKColor sky)
    {
        using var bitmap = new SKBitmap(width, height);
        using (var canvas = new SKCanvas(bitmap))
        {
            canvas.Clear(sky);
            using var sea = new SKPaint { Color = new SKColor(0x1F, 0x3A, 0x5C) };
            canvas.DrawRect(0, height * 0.6f, width, height * 0.4f, sea);
        }

        using var encoded = SKImage.FromBitmap(bitmap).Encode(SKEncodedImageFormat.Jpeg, 85);
        return encoded.ToArray();
    }

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();
}
