namespace NewsReader.Tests.Search.Relevance;

/// <summary>
/// Words a reader types in the article's own language find it: a Chinese or Japanese word inside
/// text written without spaces, and another inflected form of a French, German, Spanish or
/// Portuguese word than the one the article uses.
/// </summary>
public sealed class FixtureLanguageSearchTests
{

    [Theory]
    [InlineData("宇航员", "science/zh-yuhangyuan-fanhui.txt")]
    [InlineData("太空", "science/zh-yuhangyuan-fanhui.txt")]
    [InlineData("利率", "business/zh-yanghang-lilv.txt")]
    [InlineData("宇宙飛行士", "science/ja-uchuhikoshi-kikan.txt")]
    [InlineData("北朝鮮", "world/ja-kankoku-kaidan.txt")]
    [InlineData("据え置き", "business/ja-oshu-kinri.txt")]
    public void Search_CjkWordInsideUnspacedText_FindsItsArticle(string word, string sourceFile) => AssertFirst(word, sourceFile);

    [Theory]
    [InlineData("baisser", "business/fr-bce-taux.txt")]
    [InlineData("négocier", "world/fr-seoul-sommet.txt")]
    [InlineData("Zins", "business/de-ezb-zinsen.txt")]
    [InlineData("Astronaut", "science/de-astronauten-rueckkehr.txt")]
    [InlineData("subir", "business/es-bce-tipos.txt")]
    [InlineData("negociación", "world/es-cumbre-seul.txt")]
    [InlineData("subir", "business/pt-bce-juros.txt")]
    [InlineData("negociação", "world/pt-cimeira-seul.txt")]
    public void Search_OtherInflectedForm_FindsItsArticle(string word, string sourceFile) => AssertFound(word, sourceFile);

    private static void AssertFirst(string query, string sourceFile)
    {
        var first = RelevanceFixtures.Snapshot.SearchIndex.Search(query, 1, 1).Hits.FirstOrDefault()?.Article;
        Assert.Equal(sourceFile, first?.SourceFile);
    }

    /// <summary>"subir" is in the Spanish and the Portuguese report alike: each must be among the results.</summary>
    private static void AssertFound(string query, string sourceFile)
    {
        var hits = RelevanceFixtures.Snapshot.SearchIndex.Search(query, 1, 50).Hits.Select(h => h.Article.SourceFile);
        Assert.Contains(sourceFile, hits);
    }
}
