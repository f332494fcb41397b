using System.Text;
using NewsReader.Articles;
using NewsReader.Parsing;
using NewsReader.Storage;
using NewsReader.Topics;

namespace NewsReader.Tests.Topics;

/// <summary>The rules a reader can check on the topic chips, through parsing and the snapshot as the app runs them.</summary>
public sealed class TopicRulesTests
{
    [Fact]
    public void Topics_CapitalisedWordAlsoWrittenInLowerCase_NotATopic()
    {
        var snapshot = Snapshot(
            ("a.txt", "Markets rally", "Shares in Acme rose, as President Bush said the Century ahead looked bright. The century began well for Acme."),
            ("b.txt", "Bush speaks", "Officials in Ohio said Bush spoke of a new Century of growth, and of a century of peace."),
            ("c.txt", "Talks", "Leaders met in Ohio where Bush said the Door was open. He knocked at the door."));

        var topics = snapshot.Articles.SelectMany(a => a.Topics).ToList();
        Assert.DoesNotContain("Century", topics);
        Assert.DoesNotContain("Door", topics);
        Assert.Contains("Bush", topics);
        Assert.Contains("Ohio", topics);
        Assert.DoesNotContain(snapshot.Topics.All, t => t.Name is "Century" or "Door");
    }

    [Fact]
    public void Topics_CapitalsFromDatelines_ShownInNormalCase()
    {
        var article = Parse("wire.txt", "Markets in Asia", "SEOUL, Oct 24 (Reuters) - Shares in Samsung rose on Friday.", "PARIS - French shares fell as traders in NEW YORK waited for NATO talks.");

        Assert.Contains("Seoul", article.Topics);
        Assert.Contains("Paris", article.Topics);
        Assert.Contains("New York", article.Topics);
        Assert.Contains("NATO", article.Topics);
        Assert.DoesNotContain(article.Topics, t => t is "PARIS" or "NEW YORK" or "SEOUL");
    }

    [Fact]
    public void Topics_DemonymsAndOtherNames_FoldIntoThePlace()
    {
        var article = Parse("korea.txt", "Talks resume", "North Korean officials met their South Korean hosts in Seoul.", "North Korea said the British envoy and French diplomats would join, and Britain agreed.");

        Assert.Contains("North Korea", article.Topics);
        Assert.Contains("South Korea", article.Topics);
        Assert.Contains("United Kingdom", article.Topics);
        Assert.Contains("France", article.Topics);
        Assert.DoesNotContain(article.Topics, t => t is "North Korean" or "South Korean" or "British" or "Britain" or "French");
    }

    [Fact]
    public void Topics_PluralAndSingular_OneTopicAcrossTheCorpus()
    {
        var snapshot = Snapshot(
            ("a.txt", "Film awards", "Stars gathered in Hollywood for the Oscars on Sunday night."),
            ("b.txt", "Winner", "She won an Oscar for the role, said Hollywood agents."),
            ("c.txt", "Race", "The Oscars race opened in Hollywood."));

        var names = snapshot.Topics.All.Select(t => t.Name).ToList();
        Assert.Contains("Oscars", names);
        Assert.DoesNotContain("Oscar", names);
        Assert.All(snapshot.Articles, a => Assert.Contains("Oscars", a.Topics));
        Assert.Equal(3, snapshot.Topics.Find("oscars")!.Articles.Length);
    }

    [Fact]
    public void Topics_ManyNames_AtMostEight()
    {
        string[] places = ["Kenya", "Uganda", "Ghana", "Nigeria", "Peru", "Chile", "Cuba", "Nepal", "Iran", "Iraq", "Egypt", "Libya", "Sudan", "Yemen", "Qatar", "Oman"];
        var article = Parse("tour.txt", "A long tour", $"The minister visited {string.Join(", ", places.Take(8))}.", $"Then she went on to {string.Join(", ", places.Skip(8))}.");

        Assert.Equal(8, article.Topics.Length);
    }

    [Fact]
    public void Topics_NamedInTheHeadlineAndLead_RankFirst()
    {
        var article = Parse("kenya.txt", "Kenya votes in calm", "Voters in Nairobi queued early. Nairobi stayed calm, said Kofi Annan.", "Observers from Uganda came to watch.", "Kenya will count the votes on Friday.");

        Assert.Equal("Kenya", article.Topics[0]);
        Assert.Equal("Nairobi", article.Topics[1]);
    }

    [Fact]
    public void Topics_Kinds_FromGazetteerCuesAndTags()
    {
        var snapshot = Snapshot(
            ("a.txt", "Rates held", "The Bank of England held rates, Mervyn King said in London."),
            ("b.txt", "Rates again", "Prime Minister Tony Blair said the Bank of England was right. Officials in Paris agreed."));

        Assert.Equal(TopicKind.Organisation, snapshot.Topics.Find("bank-of-england")!.Kind);
        Assert.Equal(TopicKind.Person, snapshot.Topics.Find("mervyn-king")!.Kind);
        Assert.Equal(TopicKind.Person, snapshot.Topics.Find("tony-blair")!.Kind);
        Assert.Equal(TopicKind.Place, snapshot.Topics.Find("paris")!.Kind);
        Assert.Equal(["London", "Paris"], snapshot.Topics.MostUsed(TopicKind.Place, 5).Select(t => t.Name).Order());
    }

    [Fact]
    public void Topics_AcronymAndTheFullNameItStandsFor_OneTopic()
    {
        var snapshot = Snapshot(
            ("a.txt", "Loans", "The International Monetary Fund lent Argentina more."),
            ("b.txt", "Loans again", "Officials of the IMF flew to Argentina."),
            ("c.txt", "Loans repaid", "Argentina repaid the International Monetary Fund early."));

        Assert.Equal(3, snapshot.Topics.Find("international-monetary-fund")!.Articles.Length);
        Assert.Null(snapshot.Topics.Find("imf"));
    }

    private static Article Parse(string file, string headline, params string[] paragraphs) =>
        ArticleFileParser.Parse(Encoding.UTF8.GetBytes(headline + "\n\n" + string.Join("\n\n", paragraphs) + "\n"), file).Value!;

    private static ArticleSnapshot Snapshot(params (string File, string Headline, string Text)[] files) =>
        ArticleSnapshot.Create(files.Select(f => Parse(f.File, f.Headline, f.Text)), []);
}
