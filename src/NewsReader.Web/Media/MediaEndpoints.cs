using Microsoft.Extensions.Options;
using NewsReader.Files;
using NewsReader.Images;
using NewsReader.Ingestion;
using NewsReader.Web.Hosting;
using NewsReader.Web.Images;
using NewsReader.Web.Routing;

namespace NewsReader.Web.Media;

/// <summary>
/// Images that sit beside article files (a Markdown post's <c>images/chart.png</c>, a page saved
/// "complete" with its <c>NAME_files/</c> folder), served from the seeds folder under <c>/media/</c>.
/// What a file is comes from its bytes, not its name: a saved page's <c>photo.php</c> or
/// extensionless image is served as the image it is, and a non-image (SVG included) is 404 whatever
/// it is called. Never hidden files, never a path (or a symbolic link) that leads out of the folder.
/// </summary>
public static class MediaEndpoints
{
    public static IEndpointRouteBuilder MapMedia(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);

        endpoints.MapRead(SitePaths.MediaRoute, (string path, HttpContext context, IOptions<SeedsOptions> seeds, IOptions<ImagesOptions> images, ImageDiskCache cache) =>
            ServeAsync(path, context, seeds.Value.Path, images.Value.MaxBytes, cache));

        return endpoints;
    }

    /// <returns>The file's full path when it lies inside the seeds folder and is not hidden, else null.</returns>
    internal static string? Locate(string seedsFolder, string path)
    {
        var root = Path.GetFullPath(seedsFolder);
        var segments = path.Split('/', StringSplitOptions.RemoveEmptyEntries);
        if (segments.Length == 0 || segments.Any(s => s.StartsWith('.') || s.Contains('\\', StringComparison.Ordinal) || s.Contains('\0', StringComparison.Ordinal)))
        {
            return null;
        }

        // The real path, every link along it followed: a link to '/' inside the folder leads out.
        var real = new SeedsFolderBoundary(root).Locate(Path.Join([.. segments]));
        return real is not null && File.Exists(real) ? real : null;
    }

    private static async Task<IResult> ServeAsync(string path, HttpContext context, string seedsFolder, long maxBytes, ImageDiskCache cache)
    {
        if (!ImageResponses.TryReadWidth(context.Request, out var width))
        {
            return Results.BadRequest();
        }

        var file = Locate(seedsFolder, path);
        var info = file is null ? null : new FileInfo(file);
        if (info is null || Sniff(info.FullName) is not { } header)
        {
            return Results.NotFound();
        }

        if (width is { } w && info.Length <= maxBytes)
        {
            // The file's size and time are in the key: a replaced photo gets a new copy.
            var key = ImageDiskCache.KeyOf($"media\n{info.FullName}\n{info.Length}\n{info.LastWriteTimeUtc.Ticks}\nw={w}");
            if (cache.Find(key) is { } hit)
            {
                return ImageResponses.Cached(context, hit, ImageResponses.MediaCacheControl);
            }

            var bytes = await File.ReadAllBytesAsync(info.FullName, context.RequestAborted).ConfigureAwait(false);
            if (await ImageResponses.ResizedAsync(context, cache, key, bytes, w, ImageResponses.MediaCacheControl).ConfigureAwait(false) is { } resized)
            {
                return resized;
            }
        }

        context.Response.Headers.CacheControl = ImageResponses.MediaCacheControl;
        return Results.File(info.FullName, header.MediaType, lastModified: info.LastWriteTimeUtc, enableRangeProcessing: false);
    }

    /// <summary>The format from the first bytes only: serving needs the type, not the size.</summary>
    private static ImageHeader? Sniff(string file)
    {
        try
        {
            using var stream = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete, bufferSize: 1);
            Span<byte> buffer = stackalloc byte[ImageHeader.SniffLength];
            return ImageHeader.Read(buffer[..stream.ReadAtLeast(buffer, buffer.Length, throwOnEndOfStream: false)]);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }
}
