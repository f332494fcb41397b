using NewsReader.Images;

namespace NewsReader.Web.Images;

/// <summary>What fetching a remote image gave: the bytes and what they are, or why there are none.</summary>
public sealed record RemoteImageFetch(byte[]? Bytes, ImageHeader? Header, string? Refusal)
{
    public static RemoteImageFetch Refused(string reason) => new(null, null, reason);
}
