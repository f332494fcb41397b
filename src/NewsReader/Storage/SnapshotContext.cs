using System.Collections.Immutable;
using NewsReader.Files;
using NewsReader.Search;

namespace NewsReader.Storage;

/// <summary>What a snapshot knows about the load that built it, for operators and for 410 answers.</summary>
public sealed record SnapshotContext
{
    public static SnapshotContext None { get; } = new();

    public ImmutableArray<RejectedFile> Stale { get; init; } = [];

    public GoneArticles Gone { get; init; } = GoneArticles.None;

    public DateTimeOffset? LoadedAt { get; init; }

    public TimeSpan LoadDuration { get; init; }

    /// <summary>
    /// How many files the load that built this snapshot parsed: at a start, 0 when every file came
    /// unchanged from the snapshot store.
    /// </summary>
    public int ParsedFiles { get; init; }
}
