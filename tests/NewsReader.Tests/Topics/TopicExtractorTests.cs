using NewsReader.Articles;
using NewsReader.Parsing;
using NewsReader.Tests.TestData;
using NewsReader.Topics;

namespace NewsReader.Tests.Topics;

public sealed class TopicExtractorTests
{
    [Fact]
    public void Extract_Seed_NamesItsPeoplePlacesAndOrganisations()
    {
        var seed = ArticleFileParser.Parse(TestFiles.Bytes("seed.txt"), "000_87e463ba83310d3b.txt").Value!;

        var candidates = TopicExtractor.Extract(seed.Headline, seed.Body.Select(b => b.Text).Prepend(seed.Caption!), []).Select(c => c.Name).ToList();

        foreach (var expected in (string[])["Donald Trump", "Kim Jong Un", "North Korea", "South Korea", "Xi Jinping", "Malaysia", "Japan", "China"])
        {
            Assert.True(candidates.Contains(expected), $"{expected} not in: {string.Join(" | ", candidates)}");
        }

        Assert.Equal(["Donald Trump", "Kim Jong Un"], seed.Topics.Take(2));
        Assert.Contains("North Korea", seed.Topics);
        Assert.True(seed.Topics.Length <= TopicExtractor.MaxTopicsPerArticle);
        Assert.DoesNotContain("Trump", candidates);
        Assert.DoesNotContain("North Korean", candidates);
        Assert.DoesNotContain(candidates, t => t.StartsWith("The ", StringComparison.Ordinal) || t.StartsWith("President ", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Speaking in London, the Prime Minister Tony Blair said so.", "Tony Blair")]
    [InlineData("Shares in BP rose while the FTSE fell.", "BP")]
    [InlineData("The Bank of England held rates.", "Bank of England")]
    [InlineData("A spokesman for the Home Office said so.", "Home Office")]
    [InlineData("It was Home Secretary David Blunkett who spoke.", "David Blunkett")]
    [InlineData("Sales at General Motors fell, and at Ford too.", "General Motors")]
    [InlineData("Rates were held, Mervyn King said.", "Mervyn King")]
    [InlineData("He told The Times on Friday.", "The Times")]
    [InlineData("Filings went to the Securities and Exchange Commission.", "Securities and Exchange Commission")]
    [InlineData("Officials of the Office for National Statistics spoke.", "Office for National Statistics")]
    [InlineData("Observers in Britain and Germany watched, as did Labour MPs.", "Labour")]
    [InlineData("President George W Bush spoke.", "George W Bush")]
    public void Extract_Sentence_FindsName(string text, string expected) =>
        Assert.Contains(expected, TopicExtractor.Names([text], []));

    [Theory]
    [InlineData("However, prices rose. Still, nobody minded.")]
    [InlineData("On Monday in January it rained.")]
    [InlineData("Staff at the Office said Western leaders and the Times agreed.")]
    public void Extract_OnlySentenceOpenersAndDates_Nothing(string text) =>
        Assert.Empty(TopicExtractor.Names([text], []));

    [Fact]
    public void Extract_Tags_ComeFirst()
    {
        var topics = TopicExtractor.Names(["Talks in Busan went well."], ["Diplomacy"]);

        Assert.Equal(["Diplomacy", "Busan"], topics.ToArray());
    }

    [Fact]
    public void Extract_SameNameInTwoArticles_OneSharedString()
    {
        var first = TopicExtractor.Names(["Officials in Ulaanbaatar met on Monday."], []);
        var second = TopicExtractor.Names([string.Concat("Snow fell in Ulaan", "baatar overnight.")], []);

        Assert.Equal("Ulaanbaatar", Assert.Single(first));
        Assert.Same(first[0], Assert.Single(second));
    }

    [Fact]
    public void Extract_AfterAnArticleFullOfNames_SameAsAlone()
    {
        // Each thread reads articles with the same tables, cleared: nothing of one article may reach the next.
        string[] next = ["Angela Merkel met Emmanuel Macron in Berlin on Tuesday.", "Merkel said the talks with Macron went well, and Berlin agreed."];
        var alone = TopicExtractor.Extract("Merkel and Macron meet", next, ["Europe"]);
        var crowded = Enumerable.Range(0, 1500).Select(i => $"Then Zed{i} Quill{i} spoke to Mayor Yarrow{i} in Vale{i}, said Zed{i}.").ToList();

        TopicExtractor.Extract("Many names", crowded, ["Crowds", "Angela Merkel"]);
        var after = TopicExtractor.Extract("Merkel and Macron meet", next, ["Europe"]);

        Assert.Equal<TopicCandidate>(alone, after);
        Assert.Equal(["Europe", "Emmanuel Macron", "Angela Merkel", "Berlin"], after.Select(c => c.Name).Take(4));
    }
}
