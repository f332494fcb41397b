using NewsReader.Articles;
using NewsReader.Search;
using NewsReader.Tests.TestData;

namespace NewsReader.Tests.Search;

/// <summary>
/// Each article is stemmed in its own language (declared, else detected), and a query in every
/// language the articles hold: a word typed in another inflected form than the article's finds it.
/// </summary>
public sealed class MultilingualSearchTests
{
    private const string FrenchBody = "Le président a annoncé que l’élection aura lieu au printemps. Les partis se préparent depuis des mois et les électeurs attendent les débats, comme ils votaient jadis.";
    private const string GermanBody = "Die Wahlen in Bayern finden im Herbst statt. Die Parteien haben ihre Listen vorgestellt und die Bürger werden über die neue Regierung entscheiden, sagte der Minister.";

    private static Article In(string language, string id, string headline, string body) =>
        ArticleFactory.WithBody(id, headline, body) with { Language = language };

    // Declared language, an article's word in one form, the query in another that English rules never joined to it.
    [Theory]
    [InlineData("fr", "Le calendrier", FrenchBody, "élections")]
    [InlineData("de-DE", "Herbst in Bayern", GermanBody, "Wahl")]
    [InlineData("es", "El parlamento", "Los diputados votaron la ley por la mañana.", "votar")]
    [InlineData("pt-BR", "O calendário", "As eleições municipais acontecem em outubro.", "eleição")]
    [InlineData("it", "Il calendario", "Le elezioni regionali si terranno in primavera.", "elezione")]
    [InlineData("nl", "De kalender", "De verkiezingen voor het parlement zijn in maart.", "verkiezing")]
    [InlineData("ru", "Календарь", "Выборы в парламент пройдут в сентябре.", "выборов")]
    public void Search_OtherInflectedForm_FindsArticleInItsLanguage(string language, string headline, string body, string query)
    {
        var index = SearchIndex.Build([In(language, "a", headline, body), In("en", "b", "Weather", "Rain is expected tomorrow in the north.")]);

        Assert.Equal(["a"], index.Search(query, 1, 10).Hits.Select(hit => hit.Article.Id));
    }

    [Fact]
    public void Search_ArticleWithoutLanguage_DetectedAndStemmedInIt()
    {
        var index = SearchIndex.Build([ArticleFactory.WithBody("de", "Herbst in Bayern", GermanBody)]);

        Assert.Equal(["de"], index.Search("Wahl", 1, 10).Hits.Select(hit => hit.Article.Id));
    }

    [Fact]
    public void Search_MixedCorpus_QueryFindsBothLanguages()
    {
        var index = SearchIndex.Build(
        [
            ArticleFactory.WithBody("fr", "Le calendrier", FrenchBody),
            ArticleFactory.WithBody("en", "Spring election called", "The president said the election would be held in spring, and the parties are preparing."),
        ]);

        Assert.Equal(["en", "fr"], index.Search("élections", 1, 10).Hits.Select(hit => hit.Article.Id).Order());
    }

    [Fact]
    public void Search_MixedCorpus_WordStemmedApartFindsBothLanguages()
    {
        // "vote" is "vote" in English and "vot" in French: the word's postings are both terms'.
        var index = SearchIndex.Build(
        [
            ArticleFactory.WithBody("fr", "Le calendrier", FrenchBody),
            ArticleFactory.WithBody("en", "Parliament voted", "Members voted on the bill late on Tuesday, and the result was close."),
        ]);

        Assert.Equal(["en", "fr"], index.Search("vote", 1, 10).Hits.Select(hit => hit.Article.Id).Order());
        Assert.Equal(["fr"], index.Search("vote élections", 1, 10).Hits.Select(hit => hit.Article.Id));
    }

    [Fact]
    public void Search_MixedCorpus_EachSnippetMarksItsArticlesForm()
    {
        var index = SearchIndex.Build(
        [
            ArticleFactory.WithBody("fr", "Le calendrier", FrenchBody),
            ArticleFactory.WithBody("en", "Spring poll", "The president said the elections would be held in spring."),
        ]);

        var snippets = index.Search("élection", 1, 10).Hits.ToDictionary(hit => hit.Article.Id, hit => hit.SnippetHtml);

        Assert.Contains("<mark>l’élection</mark>", snippets["fr"], StringComparison.Ordinal);
        Assert.Contains("<mark>elections</mark>", snippets["en"], StringComparison.Ordinal);
    }

    [Fact]
    public void Snippet_FrenchArticle_MarksInflectedForm()
    {
        var article = In("fr", "fr", "Le calendrier", FrenchBody);

        var snippet = Snippets.Build(article, SearchQuery.Parse("élections"));

        Assert.Contains("<mark>l’élection</mark>", snippet, StringComparison.Ordinal);
    }

    [Fact]
    public void Snippet_RussianArticle_MarksInflectedForm()
    {
        var article = In("ru", "ru", "Календарь", "Выборы в парламент пройдут в сентябре.");

        var snippet = Snippets.Build(article, SearchQuery.Parse("выборов"));

        Assert.Contains("<mark>Выборы</mark>", snippet, StringComparison.Ordinal);
    }
}
