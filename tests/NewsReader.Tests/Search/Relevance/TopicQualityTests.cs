namespace NewsReader.Tests.Search.Relevance;

/// <summary>
/// Topics are names, places and organisations: never a common word that a sentence, a headline
/// or (in German) every noun happens to capitalise, and at most eight an article.
/// </summary>
public sealed class TopicQualityTests
{

    [Theory]
    [InlineData("business/de-ezb-zinsen.txt", "Donnerstag")]
    [InlineData("business/de-ezb-zinsen.txt", "Inflation")]
    [InlineData("science/de-astronauten-rueckkehr.txt", "Sonntag")]
    [InlineData("world/de-gipfel-hoffnung.txt", "Regierung")]
    [InlineData("world/es-cumbre-seul.txt", "El Gobierno")]
    [InlineData("business/fr-bce-taux.txt", "La Banque")]
    [InlineData("science/en-astronauts-return.txt", "Sunday")]
    [InlineData("business/en-rates-held.txt", "Shares")]
    public void Topics_Fixture_NotThisCommonWord(string sourceFile, string common)
    {
        var article = RelevanceFixtures.Snapshot.Articles.Single(a => a.SourceFile == sourceFile);

        Assert.DoesNotContain(common, article.Topics, StringComparer.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("world/de-gipfel-hoffnung.txt")]
    [InlineData("science/de-astronauten-rueckkehr.txt")]
    [InlineData("world/en-seoul-summit-hopes.txt")]
    public void Topics_Fixture_AtMostEight(string sourceFile)
    {
        var article = RelevanceFixtures.Snapshot.Articles.Single(a => a.SourceFile == sourceFile);

        Assert.InRange(article.Topics.Length, 0, 8);
    }
}
