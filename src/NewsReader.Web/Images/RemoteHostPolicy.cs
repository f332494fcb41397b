using System.Net;
using Microsoft.Extensions.Options;
using NewsReader.Images;

namespace NewsReader.Web.Images;

/// <summary>The system's resolver, and only public addresses unless <c>Images:AllowPrivateHosts</c>.</summary>
public sealed class RemoteHostPolicy(IOptions<ImagesOptions> options) : IRemoteHostPolicy
{
    public Task<IPAddress[]> ResolveAsync(string host, CancellationToken cancellationToken) =>
        Dns.GetHostAddressesAsync(host, cancellationToken);

    public bool Allows(IPAddress address, int port) => options.Value.AllowPrivateHosts || HostAddressPolicy.IsPublic(address);
}
