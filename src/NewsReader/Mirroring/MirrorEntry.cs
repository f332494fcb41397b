namespace NewsReader.Mirroring;

/// <summary>One file the mirror wrote: the object it came from, that object's tag and size, and where it lies.</summary>
public sealed record MirrorEntry
{
    public required string Key { get; init; }

    public required string ETag { get; init; }

    public required long Size { get; init; }

    /// <summary>Relative to the seeds folder, '/' between folders.</summary>
    public required string Path { get; init; }
}
