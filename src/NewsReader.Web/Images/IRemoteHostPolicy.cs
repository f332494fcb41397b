using System.Net;

namespace NewsReader.Web.Images;

/// <summary>How the proxy finds a host's addresses and which of them it may connect to.</summary>
public interface IRemoteHostPolicy
{
    Task<IPAddress[]> ResolveAsync(string host, CancellationToken cancellationToken);

    bool Allows(IPAddress address, int port);
}
