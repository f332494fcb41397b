namespace NewsReader.Search;

/// <summary>The ranking's constants, shared by the index build and every query.</summary>
internal static class Bm25
{
    /// <summary>How quickly repeating a word stops adding to its weight.</summary>
    public const float K1 = 1.2f;

    /// <summary>How much a long article's words count for less than a short one's.</summary>
    public const float B = 0.75f;

    /// <summary>
    /// Added to a term's impact when the headline has it: more than repeating the word in the body
    /// can add (impacts saturate below k1 + 1), so an article about a word outranks one that names
    /// it in passing however often. Outside the saturation, like a field of its own in BM25F.
    /// </summary>
    public const float HeadlineBonus = 1.5f;

    /// <summary>Added when the standfirst (or lead paragraph) has the term: a summary's word outweighs a passing mention.</summary>
    public const float LeadBonus = 0.6f;

    /// <summary>The largest impact: a saturated body frequency plus both bonuses.</summary>
    public const float MaxImpact = K1 + 1 + HeadlineBonus + LeadBonus;

    /// <summary>
    /// What one step of a stored impact is worth: impacts are below <see cref="MaxImpact"/> and kept
    /// as two-byte steps of that range (<see cref="ChunkPostings.Weights"/>).
    /// </summary>
    public const float ImpactUnit = MaxImpact / ushort.MaxValue;

    /// <summary>
    /// The average article length that length normalisation divides by, rounded to 1/128 of its
    /// power of two (steps of 0.4-0.8%, far finer than anything that separates two results). Every
    /// impact depends on it, so an update that nudged it by a hair had to weigh every posting of the
    /// corpus again; rounded, it almost never moves, and an update weighs only the chunks it built.
    /// A build from scratch rounds the same way, so both give every posting the same weight.
    /// </summary>
    public static float AverageLength(ReadOnlySpan<int> lengths)
    {
        if (lengths.IsEmpty)
        {
            return 1f;
        }

        long total = 0;
        foreach (var length in lengths)
        {
            total += length;
        }

        var mean = Math.Max(1d, (double)total / lengths.Length);
        var step = Math.Pow(2, Math.Floor(Math.Log2(mean))) / 128;
        return (float)(Math.Round(mean / step) * step);
    }
}
