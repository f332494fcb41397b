namespace NewsReader.Search;

/// <summary>One search as a reader asks it: the words, how to narrow and order them, and which page.</summary>
public sealed record SearchRequest
{
    public string? Text { get; init; }

    public SearchFilters Filters { get; init; } = SearchFilters.None;

    public SearchOrder Order { get; init; } = SearchOrder.Relevance;

    public int Page { get; init; } = 1;

    public required int PageSize { get; init; }
}
