using System.Net;
using System.Net.Http.Headers;
using System.Net.Sockets;
using Microsoft.Extensions.Options;
using NewsReader.Images;

namespace NewsReader.Web.Images;

/// <summary>
/// Fetches a remote image for the proxy, trusting nothing the other side says. The connection
/// resolves the name itself and connects only to an address <see cref="IRemoteHostPolicy"/>
/// allows, so a name that resolves to 10.x or 127.x (or is rebound to it between two lookups) is
/// refused at the socket. Redirects are followed by hand, each target checked the same way; the
/// body is read up to <c>Images:MaxBytes</c>, the whole fetch within <c>Images:TimeoutSeconds</c>,
/// and the bytes must sniff as a raster image (the Content-Type is not believed).
/// </summary>
public sealed class RemoteImageFetcher : IDisposable
{
    private const int MaxRedirects = 3;

    private readonly HttpClient _client;
    private readonly IOptions<ImagesOptions> _options;
    private readonly TimeProvider _time;

    public RemoteImageFetcher(IOptions<ImagesOptions> options, IRemoteHostPolicy policy, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(policy);
        _options = options;
        _time = time;
        var handler = new SocketsHttpHandler
        {
            AllowAutoRedirect = false,
            // A proxy from the environment would resolve names itself, past the policy.
            UseProxy = false,
            UseCookies = false,
            AutomaticDecompression = DecompressionMethods.None,
            PooledConnectionLifetime = TimeSpan.FromMinutes(2),
            ConnectCallback = (context, token) => ConnectAsync(policy, context.DnsEndPoint, token),
        };
        _client = new HttpClient(handler) { Timeout = Timeout.InfiniteTimeSpan };
        _client.DefaultRequestHeaders.UserAgent.Add(new ProductInfoHeaderValue("NewsReader-ImageProxy", "1.0"));
        _client.DefaultRequestHeaders.Accept.ParseAdd("image/avif,image/webp,image/png,image/jpeg,image/gif;q=0.9");
    }

    public async Task<RemoteImageFetch> FetchAsync(Uri url, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(url);
        var options = _options.Value;
        using var deadline = new CancellationTokenSource(TimeSpan.FromSeconds(options.TimeoutSeconds), _time);
        using var budget = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, deadline.Token);
        try
        {
            return await FetchWithinAsync(url, options.MaxBytes, budget.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (deadline.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            return RemoteImageFetch.Refused($"it took longer than {options.TimeoutSeconds} s (Images:TimeoutSeconds)");
        }
        catch (Exception ex) when (ex is HttpRequestException or IOException)
        {
            return RemoteImageFetch.Refused(ex.InnerException?.Message ?? ex.Message);
        }
    }

    public void Dispose() => _client.Dispose();

    private async Task<RemoteImageFetch> FetchWithinAsync(Uri url, long maxBytes, CancellationToken cancellationToken)
    {
        var current = url;
        for (var hop = 0; ; hop++)
        {
            if (current.Scheme != Uri.UriSchemeHttp && current.Scheme != Uri.UriSchemeHttps)
            {
                return RemoteImageFetch.Refused($"{current.Scheme} is not http or https");
            }

            using var request = new HttpRequestMessage(HttpMethod.Get, current);
            using var response = await _client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken).ConfigureAwait(false);
            if ((int)response.StatusCode is 301 or 302 or 303 or 307 or 308)
            {
                if (hop == MaxRedirects || response.Headers.Location is not { } location)
                {
                    return RemoteImageFetch.Refused($"more than {MaxRedirects} redirects, or one to nowhere");
                }

                current = new Uri(current, location);
                continue;
            }

            if (!response.IsSuccessStatusCode)
            {
                return RemoteImageFetch.Refused($"the origin answered {(int)response.StatusCode}");
            }

            if (response.Content.Headers.ContentLength > maxBytes)
            {
                return RemoteImageFetch.Refused($"it is {response.Content.Headers.ContentLength} bytes, over Images:MaxBytes ({maxBytes})");
            }

            var bytes = await ReadBoundedAsync(response.Content, maxBytes, cancellationToken).ConfigureAwait(false);
            if (bytes is null)
            {
                return RemoteImageFetch.Refused($"it is over Images:MaxBytes ({maxBytes})");
            }

            return ImageHeader.Read(bytes) is { } header
                ? new RemoteImageFetch(bytes, header, null)
                : RemoteImageFetch.Refused("its bytes are not a PNG, JPEG, GIF, WebP or AVIF image");
        }
    }

    private static async Task<byte[]?> ReadBoundedAsync(HttpContent content, long maxBytes, CancellationToken cancellationToken)
    {
        var stream = await content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
        await using (stream.ConfigureAwait(false))
        {
            using var buffer = new MemoryStream();
            var chunk = new byte[81920];
            int read;
            while ((read = await stream.ReadAsync(chunk, cancellationToken).ConfigureAwait(false)) > 0)
            {
                if (buffer.Length + read > maxBytes)
                {
                    return null;
                }

                buffer.Write(chunk, 0, read);
            }

            return buffer.ToArray();
        }
    }

    private static async ValueTask<Stream> ConnectAsync(IRemoteHostPolicy policy, DnsEndPoint endPoint, CancellationToken cancellationToken)
    {
        var addresses = IPAddress.TryParse(endPoint.Host.Trim('[', ']'), out var literal)
            ? [literal]
            : await policy.ResolveAsync(endPoint.Host, cancellationToken).ConfigureAwait(false);
        var allowed = addresses.Where(address => policy.Allows(address, endPoint.Port)).ToArray();
        if (allowed.Length == 0)
        {
            throw new HttpRequestException($"{endPoint.Host} resolves only to addresses the proxy may not reach (Images:AllowPrivateHosts)");
        }

        var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        try
        {
            await socket.ConnectAsync(allowed, endPoint.Port, cancellationToken).ConfigureAwait(false);
            return new NetworkStream(socket, ownsSocket: true);
        }
        catch
        {
            socket.Dispose();
            throw;
        }
    }
}
