using NewsReader.Images;
using NewsReader.Web.Routing;

namespace NewsReader.Web.Images;

/// <summary>Signed addresses on the app's own image proxy.</summary>
public sealed class ProxyImageAddresses(ImageUrlSigner signer) : IRemoteImageAddresses
{
    public string? AddressFor(Uri remote) =>
        signer.Sign(remote) is var (signature, encoded) ? SitePaths.RemoteImage(signature, encoded) : null;
}
