namespace NewsReader.Search;

/// <summary>The ranking's constants, shared by the index build and every query.</summary>
internal static class Bm25
{
    /// <summary>How quickly repeating a word stops adding to its weight.</summary>
    public const float K1 = 1.2f;

    /// <summary>How much a long article's words count for less than a short one's.</summary>
    public const float B = 0.75f;

    /// <summary>
    /// What one step of a stored impact is worth: impacts are below k1 + 1 and kept as two-byte
    /// steps of that range (<see cref="ChunkPostings.Weights"/>).
    /// </summary>
    public const float ImpactUnit = (K1 + 1) / ushort.MaxValue;
}
