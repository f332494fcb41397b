using NewsReader.Images;

namespace NewsReader.Web.Images;

/// <summary>No address: every picture from another site is left out.</summary>
public sealed class DropImageAddresses : IRemoteImageAddresses
{
    public string? AddressFor(Uri remote) => null;
}
