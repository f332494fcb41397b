namespace NewsReader.Search;

/// <summary>
/// What a search is narrowed to, each part optional and all of them combined: a topic (its slug),
/// a source (the site name as shown), a section (the seeds sub-folder) and a publication date range.
/// </summary>
public sealed record SearchFilters
{
    public static SearchFilters None { get; } = new();

    public string? Topic { get; init; }

    public string? Source { get; init; }

    public string? Section { get; init; }

    /// <summary>The first day included.</summary>
    public DateOnly? From { get; init; }

    /// <summary>The last day included.</summary>
    public DateOnly? To { get; init; }

    public bool IsEmpty => Topic is null && Source is null && Section is null && From is null && To is null;
}
