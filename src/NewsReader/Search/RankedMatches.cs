namespace NewsReader.Search;

/// <summary>The best matches in order, with how many there are in all (estimated for very large phrase results).</summary>
internal sealed record RankedMatches(List<int> Docs, int Total, bool Estimated);
