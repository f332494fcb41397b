using System.Collections.Immutable;

namespace NewsReader.Benchmarks.Relevance;

/// <summary>One figure of the relevance scorer: how many cases passed, of how many, and the ones that did not.</summary>
internal sealed record RelevanceMeasure
{
    public required string Name { get; init; }

    public required int Passed { get; init; }

    public required int Total { get; init; }

    /// <summary>What the count includes that a reader should know (ties, skipped cases).</summary>
    public string Note { get; init; } = "";

    public ImmutableArray<string> Misses { get; init; } = [];

    public double Percent => Total == 0 ? 0 : 100.0 * Passed / Total;

    public override string ToString() =>
        FormattableString.Invariant($"{Name}: {Percent:F1}% ({Passed} of {Total}){(Note.Length > 0 ? "  " + Note : "")}");
}
