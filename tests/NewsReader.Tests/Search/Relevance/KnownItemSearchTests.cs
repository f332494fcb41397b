using NewsReader.Benchmarks.Relevance;

namespace NewsReader.Tests.Search.Relevance;

/// <summary>
/// Known-item search on the suite's own news: a reader who remembers an article's headline, a
/// distinctive run of its words or (misspelt) a name in it gets that article first.
/// </summary>
public sealed class KnownItemSearchTests
{
    public static TheoryData<string> Fixtures() => [.. RelevanceFixtures.Snapshot.Articles.Select(a => a.SourceFile)];

    [Theory]
    [MemberData(nameof(Fixtures))]
    public void Search_HeadlineWithoutQuotes_FindsItsArticleFirst(string sourceFile)
    {
        var article = RelevanceFixtures.Snapshot.Articles.Single(a => a.SourceFile == sourceFile);

        var first = RelevanceFixtures.Snapshot.SearchIndex.Search(KnownItems.Headline(article), 1, 1).Hits.FirstOrDefault()?.Article;

        Assert.Equal(sourceFile, first?.SourceFile);
    }

    [Theory]
    [InlineData("border village of Panmunjom", "world/en-seoul-summit-hopes.txt")]
    [InlineData("plant growth in microgravity", "science/en-astronauts-return.txt")]
    [InlineData("tiredness changes their movement", "science/en-running-sensors.txt")]
    [InlineData("deux sorties extravéhiculaires", "science/fr-astronautes-retour.txt")]
    [InlineData("Lockerung der Sanktionen", "world/de-gipfel-hoffnung.txt")]
    [InlineData("dos caminatas espaciales", "science/es-astronautas-regreso.txt")]
    [InlineData("prestações da casa subiram", "business/pt-bce-juros.txt")]
    public void Search_DistinctivePhrase_FindsItsArticleFirst(string phrase, string sourceFile)
    {
        var first = RelevanceFixtures.Snapshot.SearchIndex.Search(phrase, 1, 1).Hits.FirstOrDefault()?.Article;

        Assert.Equal(sourceFile, first?.SourceFile);
    }

    [Theory]
    [InlineData("Malaysa", "science/en-golf-swing-app.txt")]
    [InlineData("Califronia", "science/en-astronauts-return.txt")]
    [InlineData("Franfort", "business/fr-bce-taux.txt")]
    [InlineData("Pjöngang", "world/de-gipfel-hoffnung.txt")]
    [InlineData("Lsboa", "business/pt-bce-juros.txt")]
    public void Search_MisspeltName_SuggestionFindsItsArticleFirst(string misspelt, string sourceFile)
    {
        var index = RelevanceFixtures.Snapshot.SearchIndex;

        var results = index.Search(misspelt, 1, 10);
        var corrected = index.Search(results.Suggestion ?? "", 1, 1).Hits.FirstOrDefault()?.Article;

        Assert.Equal(0, results.Total);
        Assert.NotNull(results.Suggestion);
        Assert.Equal(sourceFile, corrected?.SourceFile);
    }
}
