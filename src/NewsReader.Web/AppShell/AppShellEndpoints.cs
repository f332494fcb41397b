using System.Collections.Frozen;
using System.Text.Json;
using Microsoft.Extensions.Options;
using NewsReader.Sharing;
using NewsReader.Web.Hosting;
using NewsReader.Web.Routing;

namespace NewsReader.Web.AppShell;

/// <summary>What makes the site installable: the web app manifest and its icons.</summary>
public static class AppShellEndpoints
{
    // Drawn once per process: a handful of small PNGs, the same bytes every time.
    private static readonly Lazy<FrozenDictionary<string, byte[]>> Icons = new(() =>
        AppIconRenderer.Sizes
            .SelectMany(size => new[] { ($"icon-{size}", size, false), ($"maskable-{size}", size, true) })
            .ToFrozenDictionary(icon => icon.Item1, icon => AppIconRenderer.RenderPng(icon.size, icon.Item3)));

    public static IEndpointRouteBuilder MapAppShell(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);

        endpoints.MapRead(SitePaths.Manifest, (IOptions<SiteOptions> site) =>
            Results.Bytes(Manifest(site.Value), "application/manifest+json; charset=utf-8"));

        endpoints.MapRead(SitePaths.IconRoute, (string name, HttpContext context) =>
        {
            if (!Icons.Value.TryGetValue(name, out var png))
            {
                return Results.NotFound();
            }

            // The drawing never changes within a release; a day is long enough to save requests
            // and short enough that a new icon shows up.
            context.Response.Headers.CacheControl = "public, max-age=86400";
            return Results.Bytes(png, "image/png");
        });

        return endpoints;
    }

    private static byte[] Manifest(SiteOptions site) => JsonSerializer.SerializeToUtf8Bytes(new
    {
        name = site.Name,
        short_name = site.Name.Length <= 12 ? site.Name : site.Name[..12].TrimEnd(),
        description = site.Description,
        start_url = SitePaths.Home,
        scope = SitePaths.Home,
        display = "standalone",
        background_color = "#fdfcf8",
        theme_color = "#9b2c1f",
        icons = AppIconRenderer.Sizes.SelectMany(size => new object[]
        {
            new { src = SitePaths.Icon($"icon-{size}"), sizes = $"{size}x{size}", type = "image/png", purpose = "any" },
            new { src = SitePaths.Icon($"maskable-{size}"), sizes = $"{size}x{size}", type = "image/png", purpose = "maskable" },
        }),
    });
}
