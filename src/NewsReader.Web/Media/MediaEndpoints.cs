using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Extensions.Options;
using NewsReader.Files;
using NewsReader.Ingestion;
using NewsReader.Parsing;
using NewsReader.Web.Hosting;
using NewsReader.Web.Routing;

namespace NewsReader.Web.Media;

/// <summary>
/// Images that sit beside article files (a Markdown post's <c>images/chart.png</c>), served from
/// the seeds folder under <c>/media/</c>. Only raster images, never hidden files, and never a path
/// (or a symbolic link) that leads out of the folder.
/// </summary>
public static class MediaEndpoints
{
    private static readonly FileExtensionContentTypeProvider ContentTypes = new();

    public static IEndpointRouteBuilder MapMedia(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);

        endpoints.MapRead(SitePaths.MediaRoute, (string path, HttpContext context, IOptions<SeedsOptions> seeds) =>
        {
            var file = Locate(seeds.Value.Path, path);
            if (file is null || !ContentTypes.TryGetContentType(file, out var contentType))
            {
                return Results.NotFound();
            }

            context.Response.Headers.CacheControl = "public, max-age=3600";
            return Results.File(file, contentType, enableRangeProcessing: false);
        });

        return endpoints;
    }

    /// <returns>The file's full path when it is an image inside the seeds folder, else null.</returns>
    internal static string? Locate(string seedsFolder, string path)
    {
        var root = Path.GetFullPath(seedsFolder);
        var segments = path.Split('/', StringSplitOptions.RemoveEmptyEntries);
        if (segments.Length == 0 || segments.Any(s => s.StartsWith('.') || s.Contains('\\', StringComparison.Ordinal) || s.Contains('\0', StringComparison.Ordinal))
            || !MediaPaths.ImageExtensions.Contains(Path.GetExtension(segments[^1])))
        {
            return null;
        }

        // The real path, every link along it followed: a link to '/' inside the folder leads out.
        var real = new SeedsFolderBoundary(root).Locate(Path.Join([.. segments]));
        return real is not null && File.Exists(real) ? real : null;
    }
}
