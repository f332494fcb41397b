namespace NewsReader.Images;

/// <summary>
/// Where an article's picture from another site is shown from: the app's own proxy, the remote
/// address itself, or nowhere. Applied once, at ingestion, so stored HTML is final.
/// </summary>
public interface IRemoteImageAddresses
{
    /// <returns>The address to put in <c>src</c>, or null to leave the image out.</returns>
    string? AddressFor(Uri remote);
}
