using System.Collections.Immutable;
using NewsReader.Articles;

namespace NewsReader.Ingestion;

/// <summary>The outcome of reading a seeds folder once: every file ends up in exactly one list.</summary>
public sealed record LoadReport
{
    public required string Folder { get; init; }

    /// <summary>Parsed articles, ordered by source file so that later steps are deterministic.</summary>
    public required ImmutableArray<Article> Articles { get; init; }

    public required ImmutableArray<RejectedFile> Rejected { get; init; }

    public required TimeSpan Elapsed { get; init; }

    public int RepairedCount => Articles.Count(article => article.Repaired);
}
