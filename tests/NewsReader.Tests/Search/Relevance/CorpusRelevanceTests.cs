using NewsReader.Benchmarks.Relevance;
using Xunit.Abstractions;

namespace NewsReader.Tests.Search.Relevance;

/// <summary>
/// The relevance scorer on a real corpus (the BBC sample: business/, politics/), held to the levels
/// measured when related reading learnt topics, headlines and sections. Run with
/// <c>NEWSREADER_CORPUS=/path/to/bbc-sample dotnet test --filter CorpusRelevance</c>; the same
/// figures print with <c>dotnet run -c Release --project tests/NewsReader.Benchmarks -- relevance DIR</c>.
/// </summary>
public sealed class CorpusRelevanceTests(ITestOutputHelper output)
{
    [RelevanceCorpusFact]
    public async Task Score_RealCorpus_HoldsMeasuredLevels()
    {
        var snapshot = RelevanceFixtures.LoadFolder(Environment.GetEnvironmentVariable(RelevanceCorpusFactAttribute.Variable)!);

        var report = await RelevanceScorer.ScoreAsync(snapshot);

        foreach (var measure in report.Measures)
        {
            output.WriteLine(measure.ToString());
        }

        // Measured on the BBC sample (906 articles) with issue 18's work merged: 98.7 % same section,
        // 90.9 % blind, 87.1 % sharing a topic (lower than the 90 % measured before topics were cut
        // to eight per article: fewer topics, fewer shared), 99.0 % of the top topics no common word.
        Assert.True(report[RelevanceReport.RelatedSameSection].Percent >= 98, report[RelevanceReport.RelatedSameSection].ToString());
        Assert.True(report[RelevanceReport.RelatedSameSectionBlind].Percent >= 90, report[RelevanceReport.RelatedSameSectionBlind].ToString());
        Assert.True(report[RelevanceReport.RelatedSharingTopic].Percent >= 87, report[RelevanceReport.RelatedSharingTopic].ToString());
        Assert.True(report[RelevanceReport.HeadlineFirst].Percent >= 99, report[RelevanceReport.HeadlineFirst].ToString());
        Assert.True(report[RelevanceReport.PhraseFirst].Percent >= 99, report[RelevanceReport.PhraseFirst].ToString());
        Assert.True(report[RelevanceReport.SuggestionFinds].Percent >= 99, report[RelevanceReport.SuggestionFinds].ToString());
        Assert.True(report[RelevanceReport.SuggestionFindsArticle].Percent >= 93, report[RelevanceReport.SuggestionFindsArticle].ToString());
        Assert.True(report[RelevanceReport.TopicsNotCommon].Percent >= 98, report[RelevanceReport.TopicsNotCommon].ToString());
    }
}
