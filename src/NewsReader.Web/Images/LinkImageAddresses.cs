using NewsReader.Images;

namespace NewsReader.Web.Images;

/// <summary>The remote address as it is: the reader's browser fetches the picture from its site.</summary>
public sealed class LinkImageAddresses : IRemoteImageAddresses
{
    public string? AddressFor(Uri remote)
    {
        ArgumentNullException.ThrowIfNull(remote);
        return remote.AbsoluteUri;
    }
}
