namespace NewsReader.Mirroring;

/// <summary>What one copy of the bucket did. A failed copy (<see cref="Failure"/>) changed nothing but what it downloaded before failing.</summary>
public sealed record MirrorResult
{
    public required int Downloaded { get; init; }

    public required int Deleted { get; init; }

    public required int Unchanged { get; init; }

    public required int Skipped { get; init; }

    /// <summary>Why the copy stopped, or null when it went through.</summary>
    public string? Failure { get; init; }

    /// <summary>True when files in the seeds folder were written or deleted, so a reload is due.</summary>
    public bool FilesChanged => Downloaded + Deleted > 0;
}
