using System.Collections.Concurrent;
using Microsoft.Extensions.Options;
using NewsReader.Files;
using NewsReader.Images;

namespace NewsReader.Web.Images;

/// <summary>
/// Serves <c>/images/remote/{signature}/{encoded}</c>: a picture from another site, fetched by the
/// app so the reader's browser never calls that site. Only addresses the app signed and a current
/// article names are fetched; every refusal is a plain 404 (the reason goes to the log, not the client).
/// </summary>
public sealed partial class RemoteImageProxy(
    IOptions<ImagesOptions> options,
    ImageUrlSigner signer,
    NamedRemoteImages named,
    RemoteImageFetcher fetcher,
    FailedFetches failures,
    ImageDiskCache cache,
    ILogger<RemoteImageProxy> logger)
{
    // Fetches under way, so the several widths a page asks for at once cost the origin one request.
    // Entries live only while a fetch runs, and only for addresses articles name.
    private readonly ConcurrentDictionary<string, Lazy<Task<RemoteImageFetch>>> _inFlight = new(StringComparer.Ordinal);

    public async Task<IResult> ServeAsync(string signature, string encoded, HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (!ImageResponses.TryReadWidth(context.Request, out var width))
        {
            return Results.BadRequest();
        }

        if (options.Value.Mode != RemoteImageMode.Proxy || !signer.TryOpen(signature, encoded, out var url))
        {
            Refused(context.Request.Path.Value ?? "", "the signature does not match (or the proxy is off)");
            return Results.NotFound();
        }

        if (!named.Contains(encoded) || !Uri.TryCreate(url, UriKind.Absolute, out var uri))
        {
            Refused(url, "no current article names it");
            return Results.NotFound();
        }

        var originalKey = ImageDiskCache.KeyOf("remote\n" + url);
        var key = width is { } w ? ImageDiskCache.KeyOf($"remote\n{url}\nw={w}") : originalKey;
        if (cache.Find(key) is { } hit)
        {
            return ImageResponses.Cached(context, hit, ImageResponses.RemoteCacheControl);
        }

        if (await OriginalAsync(url, uri, originalKey, context.RequestAborted).ConfigureAwait(false) is not var (bytes, format))
        {
            return Results.NotFound();
        }

        if (width is { } resizeTo && await ImageResponses.ResizedAsync(context, cache, key, bytes, resizeTo, ImageResponses.RemoteCacheControl).ConfigureAwait(false) is { } resized)
        {
            return resized;
        }

        return ImageResponses.Bytes(context, bytes, format, originalKey, ImageResponses.RemoteCacheControl);
    }

    private async Task<(byte[] Bytes, ImageFormat Format)?> OriginalAsync(string url, Uri uri, string key, CancellationToken cancellationToken)
    {
        if (cache.Find(key) is { } kept)
        {
            await using (kept.Content.ConfigureAwait(false))
            {
                using var copy = new MemoryStream();
                await kept.Content.CopyToAsync(copy, cancellationToken).ConfigureAwait(false);
                var bytes = copy.ToArray();
                if (ImageHeader.Read(bytes) is { } header)
                {
                    return (bytes, header.Format);
                }
            }
        }

        if (failures.HasFailedRecently(url))
        {
            return null;
        }

        var fetched = await FetchOnceAsync(url, uri).WaitAsync(cancellationToken).ConfigureAwait(false);
        if (fetched is not { Bytes: { } fetchedBytes, Header: { } fetchedHeader })
        {
            failures.Remember(url);
            if (logger.IsEnabled(LogLevel.Warning))
            {
                var shown = PrintableText.Escape(url);
                LogFetchFailed(shown, fetched.Refusal ?? "unknown");
            }

            return null;
        }

        await cache.StoreAsync(key, fetchedBytes, fetchedHeader.Format, cancellationToken).ConfigureAwait(false);
        return (fetchedBytes, fetchedHeader.Format);
    }

    /// <summary>One fetch per URL at a time, not tied to any one reader's request (it has its own time limit).</summary>
    private async Task<RemoteImageFetch> FetchOnceAsync(string url, Uri uri)
    {
        var fetch = _inFlight.GetOrAdd(url, _ => new Lazy<Task<RemoteImageFetch>>(() => fetcher.FetchAsync(uri, CancellationToken.None)));
        try
        {
            return await fetch.Value.ConfigureAwait(false);
        }
        finally
        {
            _inFlight.TryRemove(new KeyValuePair<string, Lazy<Task<RemoteImageFetch>>>(url, fetch));
        }
    }

    private void Refused(string request, string reason)
    {
        if (logger.IsEnabled(LogLevel.Information))
        {
            var shown = PrintableText.Escape(request);
            LogRefused(shown, reason);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Image proxy refused {Request}: {Reason}")]
    private partial void LogRefused(string request, string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Image proxy could not fetch {RemoteUrl}: {Reason}; it is tried again after a few minutes")]
    private partial void LogFetchFailed(string remoteUrl, string reason);
}
