namespace NewsReader.Search;

/// <summary>How results are ordered.</summary>
public enum SearchOrder
{
    /// <summary>Best match first (the default).</summary>
    Relevance,

    /// <summary>Newest first, whatever the score.</summary>
    Newest,
}
