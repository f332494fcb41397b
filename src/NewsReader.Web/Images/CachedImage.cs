namespace NewsReader.Web.Images;

/// <summary>An image from the disk cache, opened for reading (it stays readable if evicted meanwhile).</summary>
public sealed record CachedImage(Stream Content, string MediaType, DateTimeOffset LastModified, string ETag);
