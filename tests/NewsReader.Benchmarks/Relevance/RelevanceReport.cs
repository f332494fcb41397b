using System.Collections.Immutable;

namespace NewsReader.Benchmarks.Relevance;

/// <summary>Everything the relevance scorer measured on one corpus.</summary>
internal sealed record RelevanceReport
{
    public required ImmutableArray<RelevanceMeasure> Measures { get; init; }

    /// <summary>Figures that are not a share of cases (topics per article, the common words found).</summary>
    public required ImmutableArray<string> Notes { get; init; }

    public RelevanceMeasure this[string name] => Measures.Single(m => m.Name == name);

    public const string RelatedSameSection = "related links in the same section";
    public const string RelatedSharingTopic = "related links sharing a topic with the article";
    public const string RelatedSameSectionBlind = "related links in the same section, sections hidden from the algorithm";
    public const string HeadlineFirst = "headline (no quotes) finds its article first";
    public const string PhraseFirst = "distinctive phrase finds its article first";
    public const string SuggestionFinds = "misspelt rare word: suggestion finds articles";
    public const string SuggestionFindsArticle = "misspelt rare word: suggestion is the word (finds that article)";
    public const string TopicsNotCommon = "top topics that are not common words";
}
