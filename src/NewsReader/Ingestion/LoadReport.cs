using System.Collections.Immutable;
using NewsReader.Articles;
using NewsReader.Files;

namespace NewsReader.Ingestion;

/// <summary>The outcome of reading a seeds folder once: every file ends up in exactly one list.</summary>
public sealed record LoadReport
{
    public required string Folder { get; init; }

    /// <summary>Parsed articles, ordered by source file so that later steps are deterministic.</summary>
    public required ImmutableArray<Article> Articles { get; init; }

    public required ImmutableArray<RejectedFile> Rejected { get; init; }

    /// <summary>Files that no longer parse; their last good version is still among <see cref="Articles"/>.</summary>
    public ImmutableArray<RejectedFile> Stale { get; init; } = [];

    /// <summary>How many files were read and parsed by this load (all of them the first time).</summary>
    public int ParsedFiles { get; init; }

    /// <summary>Files whose size or time changed but whose bytes did not (copied, touched): kept, not parsed.</summary>
    public int RecognisedFiles { get; init; }

    /// <summary>How many files known to the previous load have disappeared.</summary>
    public int RemovedFiles { get; init; }

    public required TimeSpan Elapsed { get; init; }

    public int RepairedCount => Articles.Count(article => article.Repaired);
}
