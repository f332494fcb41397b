namespace NewsReader.Search;

/// <summary>One value a search can be narrowed to, with how many articles have it.</summary>
/// <param name="Value">What the filter takes: a section's slug, a source's name.</param>
/// <param name="Name">What readers see: "News › World", "BBC News".</param>
public sealed record FacetValue(string Value, string Name, int Count);
