using Microsoft.Net.Http.Headers;
using NewsReader.Serving;

namespace NewsReader.Web.Serving;

/// <summary>
/// Serves HTML pages from <see cref="PageCache"/>: the bytes rendered for this snapshot, in the
/// coding the client accepts, with a strong ETag (304 when the client's copy is current) and a
/// short public cache lifetime. On a miss the page is rendered as usual, from the canonical query
/// its key names (parameters the page does not read are dropped first, so the page cannot depend
/// on them), and captured; responses that are not a plain 200 page or snapshot document, set a
/// cookie or choose their own caching pass through untouched.
/// </summary>
public sealed class PageCacheMiddleware(RequestDelegate next, PageCache cache)
{
    /// <summary>Browsers and shared caches may reuse a page for a minute; a reload then revalidates by ETag.</summary>
    public const string PageCacheControl = "public, max-age=60";

    public Task InvokeAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var request = context.Request;
        if (!cache.Enabled || !(HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method)) || !PageCache.MayHoldPage(request.Path))
        {
            return next(context);
        }

        var generation = cache.Current;
        Span<char> buffer = stackalloc char[PageCache.MaxKeyLength];
        var length = PageCacheKey.Write(request, buffer, out var queryStart);
        if (length < 0)
        {
            return next(context);
        }

        if (generation.TryGet(buffer[..length], out var entry))
        {
            return ServeAsync(context, PageCache.Serve(generation, entry));
        }

        var canonicalQuery = buffer[queryStart..length];
        if (!canonicalQuery.SequenceEqual(request.QueryString.Value))
        {
            request.QueryString = canonicalQuery.IsEmpty ? QueryString.Empty : new QueryString(canonicalQuery.ToString());
        }

        return RenderAndKeepAsync(context, generation, buffer[..length].ToString());
    }

    private async Task RenderAndKeepAsync(HttpContext context, PageCacheGeneration generation, string key)
    {
        var response = context.Response;
        var original = response.Body;
        using var captured = new MemoryStream();
        response.Body = captured;
        try
        {
            await next(context);
        }
        finally
        {
            response.Body = original;
        }

        if (IsKeepable(context))
        {
            var body = captured.GetBuffer().AsSpan(0, (int)captured.Length);
            var page = cache.Add(generation, key, body, response.ContentType!)?.Page ?? CachedPage.CreateQuick(body, response.ContentType!);
            await ServeAsync(context, page);
            return;
        }

        captured.Position = 0;
        await captured.CopyToAsync(original, context.RequestAborted);
    }

    private static bool IsKeepable(HttpContext context)
    {
        var response = context.Response;
        return response.StatusCode == StatusCodes.Status200OK
            && response.ContentType is { } type
            && (type.StartsWith("text/html", StringComparison.OrdinalIgnoreCase) || PageCache.IsSnapshotDocument(context.Request.Path))
            && !response.Headers.ContainsKey(HeaderNames.SetCookie)
            && !response.Headers.ContainsKey(HeaderNames.CacheControl)
            && !response.Headers.ContainsKey(HeaderNames.ContentEncoding);
    }

    private static Task ServeAsync(HttpContext context, CachedPage page)
    {
        var request = context.Request;
        var response = context.Response;
        var (body, etag, coding) = page.Select(AcceptEncoding.Choose(request.Headers.AcceptEncoding.ToString(), page.Brotli is not null, page.Gzip is not null));
        var headers = response.Headers;
        headers.ETag = etag;
        headers.CacheControl = PageCacheControl;
        headers.Vary = HeaderNames.AcceptEncoding;
        if (CachedPage.Matches(request.Headers.IfNoneMatch.ToString(), etag))
        {
            response.StatusCode = StatusCodes.Status304NotModified;
            return Task.CompletedTask;
        }

        response.StatusCode = StatusCodes.Status200OK;
        response.ContentType = page.ContentType;
        response.ContentLength = body.Length;
        if (coding != ContentCoding.Identity)
        {
            headers.ContentEncoding = coding == ContentCoding.Brotli ? "br" : "gzip";
        }

        return HttpMethods.IsHead(request.Method) ? Task.CompletedTask : response.Body.WriteAsync(body, 0, body.Length, context.RequestAborted);
    }
}
