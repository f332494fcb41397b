namespace NewsReader.Search;

/// <summary>How a snapshot's index came to be, for the operator's figures and the store's writer.</summary>
public enum SearchIndexOrigin
{
    /// <summary>Every article's text was read.</summary>
    Built,

    /// <summary>Only new and changed articles were read; the rest came from the last index.</summary>
    Updated,

    /// <summary>Mapped from the snapshot store as it was saved, for exactly the same articles.</summary>
    Mapped,
}
