using System.Collections.Immutable;
using NewsReader.Articles;
using NewsReader.Search;
using NewsReader.Tests.TestData;

namespace NewsReader.Tests.Search;

/// <summary>The order a reader expects: what an article is about before what it mentions, words together before words apart.</summary>
public sealed class RankingTests
{
    private static Article Make(string id, string headline, params string[] paragraphs) =>
        ArticleFactory.WithBody(id, headline, paragraphs);

    private static Article Dated(Article article, int day) =>
        article with { Published = new DateTimeOffset(2026, 11, day, 9, 0, 0, TimeSpan.Zero) };

    private static List<string> Ids(SearchIndex index, string query, SearchOrder order = SearchOrder.Relevance) =>
        [.. index.Search(new SearchRequest { Text = query, Order = order, PageSize = 10 }).Hits.Select(hit => hit.Article.Id)];

    [Fact]
    public void Search_HeadlineMatch_OutranksPassingMentions()
    {
        // The case: the article about music ranked below short ones that name it twice in passing.
        var about = Make(
            "viotti",
            "Famed music director Viotti dies",
            "Conductor Marcello Viotti, director of the Venice opera house La Fenice, has died in Munich aged 50.",
            "Viotti was taken ill during rehearsals and fell into a coma. He was born in Switzerland and trained as a cellist, "
            + "pianist and singer before he turned to conducting, and he led orchestras in Lausanne, Turin and Munich.",
            "He recorded widely for several labels and was known for his work with young singers. Colleagues said his music "
            + "would be greatly missed by audiences across Europe.");
        var passing = Enumerable.Range(0, 5).Select(i => Make(
            $"p{i}",
            $"Shares in retailer {i} rise",
            $"Shares rose after sales of music and games grew at store {i}.",
            "Sales of music players were strong.")).ToList();
        var index = SearchIndex.Build([.. passing, about]);

        Assert.Equal("viotti", Ids(index, "music")[0]);
    }

    [Fact]
    public void Search_StandfirstOfItsOwn_FoundAndAbovePassingMentions()
    {
        // A web page's description that is not its first paragraph says what it is about, like a headline.
        var described = Make("described", "A life on the podium", "He was born in Switzerland and trained as a cellist.", "He led orchestras in Lausanne.")
            with
        { Standfirst = "The conductor who brought music back to La Fenice" };
        var passing = Make("passing", "Shares rise", "Shares rose sharply on Monday.", "Sales of music players were strong.");
        var index = SearchIndex.Build([passing, described]);

        Assert.Equal(["described", "passing"], Ids(index, "music"));
    }

    [Fact]
    public void Search_WordsCloseTogether_RankAboveWordsFarApart()
    {
        var filler = string.Join(' ', Enumerable.Repeat("Nothing much happened on the day.", 8));
        var apart = Make("apart", "Report", $"The budget came first. {filler} Then the deficit.");
        var together = Make("together", "Report", $"The deficit in the budget came first. {filler} Then nothing.");
        var index = SearchIndex.Build([apart, together]);

        Assert.Equal(["together", "apart"], Ids(index, "budget deficit"));
    }

    [Fact]
    public void Search_OrderNewest_NewestFirstWhateverTheScore()
    {
        // Snapshot order: newest first.
        var newest = Dated(Make("new", "Markets", "One line mentions the budget."), 20);
        var middle = Dated(Make("mid", "Weather", "Rain, and a word on the budget."), 10);
        var oldest = Dated(Make("old", "Budget budget budget", "The budget, the budget and the budget."), 1);
        var index = SearchIndex.Build([newest, middle, oldest]);

        Assert.Equal("old", Ids(index, "budget")[0]);
        Assert.Equal(["new", "mid", "old"], Ids(index, "budget", SearchOrder.Newest));
    }

    [Fact]
    public void Search_OrderNewestWithPhrase_OnlyPhraseMatchesNewestFirst()
    {
        var newest = Dated(Make("new", "Markets", "The deficit and the budget."), 20);
        var middle = Dated(Make("mid", "Weather", "Rain, and a word on the budget deficit."), 10);
        var oldest = Dated(Make("old", "Budget deficit", "The budget deficit, the budget deficit."), 1);
        var index = SearchIndex.Build([newest, middle, oldest]);

        Assert.Equal(["mid", "old"], Ids(index, "\"budget deficit\"", SearchOrder.Newest));
    }

    [Fact]
    public void Search_EqualRelevance_NewerArticleFirst()
    {
        // Built oldest first: the tie is broken by the date, not by where the article sits.
        var older = Dated(Make("older", "Port strike ends", "Dockers returned to work at the port."), 2);
        var newer = Dated(Make("newer", "Port strike ends", "Dockers returned to work at the port."), 25);
        var index = SearchIndex.Build([older, newer]);

        Assert.Equal(["newer", "older"], Ids(index, "port strike"));
    }
}
