using System.Collections.Concurrent;
using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using SkiaSharp;

namespace NewsReader.Web.Tests.Images;

/// <summary>
/// Another site's image server, on loopback only: real PNGs, an HTML page that calls itself
/// image/jpeg, an SVG, an oversized and a slow image, and redirects. It counts what it is asked.
/// </summary>
public sealed class ImageOrigin : IAsyncDisposable
{
    private readonly WebApplication _app;

    private ImageOrigin(WebApplication app) => _app = app;

    public Uri Address { get; private set; } = new("http://127.0.0.1/");

    public int Port => Address.Port;

    public ConcurrentQueue<string> Requests { get; } = new();

    /// <summary>A valid PNG of the given size, drawn (not blank), so decoders and sniffers both accept it.</summary>
    public static byte[] Png(int width, int height, byte shade = 90)
    {
        using var bitmap = new SKBitmap(width, height);
        using (var canvas = new SKCanvas(bitmap))
        {
            canvas.Clear(new SKColor(shade, 120, 200));
        }

        using var data = bitmap.Encode(SKEncodedImageFormat.Png, 100);
        return data.ToArray();
    }

    /// <summary>A PNG header (so it sniffs as an image) padded to <paramref name="length"/> bytes with <paramref name="seed"/>'s noise.</summary>
    public static byte[] PaddedPng(int length, int seed)
    {
        var bytes = new byte[length];
        new Random(seed).NextBytes(bytes);
        Png(4, 4).AsSpan(0, 33).CopyTo(bytes);
        return bytes;
    }

    public Uri Url(string path) => new(Address, path);

    public static async Task<ImageOrigin> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        var app = builder.Build();
        var origin = new ImageOrigin(app);
        app.Use((context, next) =>
        {
            origin.Requests.Enqueue(context.Request.Path + context.Request.QueryString);
            return next(context);
        });

        var photo = Png(800, 600);
        app.MapGet("/photo.png", () => Results.Bytes(photo, "text/plain"));
        app.MapGet("/padded/{seed:int}.png", (int seed) => Results.Bytes(PaddedPng(100 * 1024, seed), "image/png"));
        app.MapGet("/page.jpg", () => Results.Text("<html><body>Not found, but 200</body></html>", "image/jpeg"));
        app.MapGet("/drawing.svg", () => Results.Text("<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>", "image/svg+xml"));
        app.MapGet("/huge.png", () => Results.Bytes(PaddedPng(64 * 1024, 1), "image/png"));
        app.MapGet("/huge-streamed.png", async (HttpContext context) =>
        {
            // No Content-Length: the proxy must stop reading at its limit, not trust a header.
            context.Response.ContentType = "image/png";
            await context.Response.Body.WriteAsync(PaddedPng(64 * 1024, 2));
        });
        app.MapGet("/slow.png", async (HttpContext context) =>
        {
            await Task.Delay(TimeSpan.FromSeconds(20), context.RequestAborted);
            return Results.Bytes(photo, "image/png");
        });
        app.MapGet("/redirect", (string to) => Results.Redirect(to));

        await app.StartAsync();
        var bound = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        origin.Address = new Uri(bound + "/");
        return origin;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
