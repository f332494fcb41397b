namespace NewsReader.Tests.Search.Relevance;

/// <summary>
/// Topics are names, places and organisations: never a common word that a sentence, a headline
/// or (in German) every noun happens to capitalise, and at most eight an article.
/// </summary>
public sealed class TopicQualityTests
{
    private const string NeedsTopics = "needs topics that are names only (topics branch)";

    [Theory]
    [InlineData("business/de-ezb-zinsen.txt", "Donnerstag", Skip = NeedsTopics)]
    [InlineData("business/de-ezb-zinsen.txt", "Inflation", Skip = NeedsTopics)]
    [InlineData("science/de-astronauten-rueckkehr.txt", "Sonntag", Skip = NeedsTopics)]
    [InlineData("world/de-gipfel-hoffnung.txt", "Regierung", Skip = NeedsTopics)]
    [InlineData("world/es-cumbre-seul.txt", "El Gobierno", Skip = NeedsTopics)]
    [InlineData("business/fr-bce-taux.txt", "La Banque", Skip = NeedsTopics)]
    [InlineData("science/en-astronauts-return.txt", "Sunday")]
    [InlineData("business/en-rates-held.txt", "Shares")]
    public void Topics_Fixture_NotThisCommonWord(string sourceFile, string common)
    {
        var article = RelevanceFixtures.Snapshot.Articles.Single(a => a.SourceFile == sourceFile);

        Assert.DoesNotContain(common, article.Topics, StringComparer.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("world/de-gipfel-hoffnung.txt", Skip = NeedsTopics)]
    [InlineData("science/de-astronauten-rueckkehr.txt", Skip = NeedsTopics)]
    [InlineData("world/en-seoul-summit-hopes.txt")]
    public void Topics_Fixture_AtMostEight(string sourceFile)
    {
        var article = RelevanceFixtures.Snapshot.Articles.Single(a => a.SourceFile == sourceFile);

        Assert.InRange(article.Topics.Length, 0, 8);
    }
}
