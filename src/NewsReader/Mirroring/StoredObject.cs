namespace NewsReader.Mirroring;

/// <summary>One object as a bucket listing names it.</summary>
public sealed record StoredObject
{
    public required string Key { get; init; }

    /// <summary>The version's tag, without the quotes S3 puts around it; a new tag means new content.</summary>
    public required string ETag { get; init; }

    public required long Size { get; init; }

    public DateTimeOffset? LastModified { get; init; }
}
