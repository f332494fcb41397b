using System.Globalization;
using Microsoft.Net.Http.Headers;
using NewsReader.Images;
using NewsReader.Web.Routing;

namespace NewsReader.Web.Images;

/// <summary>How the site answers with an image, from <c>/media/</c> or the proxy: one place for the width rule and the headers.</summary>
public static class ImageResponses
{
    /// <summary>A proxy address names one remote picture for good: caches may keep it.</summary>
    public const string RemoteCacheControl = "public, max-age=31536000, immutable";

    /// <summary>A file beside an article may be replaced under the same name.</summary>
    public const string MediaCacheControl = "public, max-age=3600";

    /// <summary>
    /// Decoding takes up to 4 bytes a pixel (200 MB at <see cref="ImageResizer.MaxPixels"/>): a few
    /// at a time, so a burst of resize requests queues instead of taking the machine's memory.
    /// </summary>
    private static readonly SemaphoreSlim Resizing = new(Math.Max(1, Environment.ProcessorCount / 2));

    /// <returns>False when <c>w</c> is given but is not one of <see cref="ImageWidths.All"/>.</returns>
    public static bool TryReadWidth(HttpRequest request, out int? width)
    {
        ArgumentNullException.ThrowIfNull(request);
        width = null;
        if (!request.Query.TryGetValue(SitePaths.WidthParameter, out var values))
        {
            return true;
        }

        if (values.Count == 1 && int.TryParse(values[0], NumberStyles.None, CultureInfo.InvariantCulture, out var value) && ImageWidths.IsAllowed(value))
        {
            width = value;
            return true;
        }

        return false;
    }

    public static string ETag(string key, long length) => $"\"{key[..16]}-{length.ToString("x", CultureInfo.InvariantCulture)}\"";

    public static IResult Cached(HttpContext context, CachedImage image, string cacheControl)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(image);
        SetHeaders(context, cacheControl);
        return Results.File(image.Content, image.MediaType, lastModified: image.LastModified, entityTag: EntityTagHeaderValue.Parse(image.ETag));
    }

    public static IResult Bytes(HttpContext context, byte[] bytes, ImageFormat format, string key, string cacheControl)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        SetHeaders(context, cacheControl);
        var mediaType = new ImageHeader(format, null, null).MediaType;
        return Results.Bytes(bytes, mediaType, entityTag: EntityTagHeaderValue.Parse(ETag(key, bytes.Length)));
    }

    /// <summary>
    /// The resized copy for <paramref name="width"/>, made now and kept in the cache; null when the
    /// original should be served (already narrower, animated, or too large to decode safely).
    /// </summary>
    public static async Task<IResult?> ResizedAsync(HttpContext context, ImageDiskCache cache, string key, byte[] original, int width, string cacheControl)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(cache);
        byte[]? resized;
        await Resizing.WaitAsync(context.RequestAborted).ConfigureAwait(false);
        try
        {
            resized = ImageResizer.Resize(original, width);
        }
        finally
        {
            Resizing.Release();
        }

        if (resized is null)
        {
            return null;
        }

        await cache.StoreAsync(key, resized, ImageFormat.WebP, context.RequestAborted).ConfigureAwait(false);
        return Bytes(context, resized, ImageFormat.WebP, key, cacheControl);
    }

    private static void SetHeaders(HttpContext context, string cacheControl)
    {
        context.Response.Headers.CacheControl = cacheControl;
        context.Response.Headers.XContentTypeOptions = "nosniff";
    }
}
