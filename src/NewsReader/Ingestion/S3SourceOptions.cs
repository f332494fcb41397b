namespace NewsReader.Ingestion;

/// <summary>
/// The bucket behind <c>Seeds:Source=s3</c>, bound from <c>Seeds:S3</c>. Checked at start by
/// <see cref="SeedsSourceValidator"/>.
/// </summary>
public sealed class S3SourceOptions
{
    /// <summary>Required when the source is <c>s3</c>.</summary>
    public string Bucket { get; set; } = "";

    /// <summary>Only keys under this prefix are mirrored, with the prefix taken off their local path.</summary>
    public string Prefix { get; set; } = "";

    /// <summary>An S3-compatible server's URL (MinIO, s3rver…); empty means AWS itself.</summary>
    public string Endpoint { get; set; } = "";

    public string Region { get; set; } = "us-east-1";

    /// <summary>
    /// Both empty: the keys come from <c>AWS_ACCESS_KEY_ID</c>/<c>AWS_SECRET_ACCESS_KEY</c>, else (AWS
    /// only) the SDK's own chain of profiles and instance roles; with an endpoint and no keys at all,
    /// requests go unsigned.
    /// </summary>
    public string AccessKey { get; set; } = "";

    public string SecretKey { get; set; } = "";

    /// <summary><c>http://host/bucket/key</c> rather than <c>http://bucket.host/key</c>; S3-compatible servers need it.</summary>
    public bool ForcePathStyle { get; set; } = true;
}
