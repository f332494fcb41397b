using System.Collections.Immutable;

namespace NewsReader.Search;

/// <summary>One page of results, the total, and a spelling suggestion when nothing matched.</summary>
/// <remarks>The total of a phrase search over very many candidates is estimated (<see cref="TotalIsEstimate"/>).</remarks>
public sealed record SearchResults(ImmutableArray<SearchHit> Hits, int Total, int Page, int PageSize, string? Suggestion)
{
    public static SearchResults Empty(int page, int pageSize) => new([], 0, page, pageSize, null);

    public bool TotalIsEstimate { get; init; }

    /// <summary>True when nothing matched and the spelling vocabulary was not ready to suggest anything yet.</summary>
    public bool SuggestionPending { get; init; }

    public int TotalPages => (Total + PageSize - 1) / PageSize;

    public bool HasPrevious => Page > 1 && Total > 0;

    public bool HasNext => Page < TotalPages;
}
