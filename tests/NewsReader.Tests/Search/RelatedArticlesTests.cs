using System.Collections.Immutable;
using NewsReader.Articles;
using NewsReader.Search;

using NewsReader.Tests.TestData;

namespace NewsReader.Tests.Search;

public sealed class RelatedArticlesTests
{
    private static Article Make(string id, string headline, params string[] paragraphs) =>
        ArticleFactory.WithBody(id, headline, paragraphs);

    private static readonly ImmutableArray<Article> Corpus =
    [
        Make("bank1", "Central bank raises interest rates", "The central bank raised interest rates to curb inflation; bond markets and the currency reacted."),
        Make("bank2", "Inflation pushes rates higher", "Inflation data pushed the central bank towards higher interest rates, said bond traders."),
        Make("bank3", "Currency slides as bank holds", "The currency fell after the central bank held interest rates and inflation stayed high."),
        Make("vote1", "Election campaign begins", "Party leaders began the election campaign with promises to voters in marginal seats."),
        Make("vote2", "Voters head to the polls", "Voters in marginal seats head to the polls as party leaders make final election promises."),
        Make("same", "Central bank raises interest rates", "A second file with the same headline about the central bank and interest rates and inflation."),
    ];

    private static readonly SearchIndex Index = SearchIndex.Build(Corpus);

    [Fact]
    public void RelatedTo_BusinessStory_BusinessStoriesFirstNeverItselfOrSameHeadline()
    {
        var related = Index.RelatedTo(Corpus[0], 5).Select(a => a.Id).ToList();

        Assert.Equal(["bank2", "bank3"], related.Take(2).Order(StringComparer.Ordinal));
        Assert.DoesNotContain("bank1", related);
        Assert.DoesNotContain("same", related);
    }

    [Fact]
    public void RelatedTo_PoliticsStory_PoliticsFirst()
    {
        Assert.Equal("vote2", Index.RelatedTo(Corpus[3], 5)[0].Id);
    }

    [Fact]
    public void RelatedTo_CountLimit_Respected()
    {
        Assert.True(Index.RelatedTo(Corpus[1], 1).Length <= 1);
    }

    [Fact]
    public void RelatedTo_ArticlesInDifferentBuildChunks_FindEachOther()
    {
        // Past the first few thousand articles a term's postings sit in several build chunks.
        var filler = Enumerable.Range(0, 9000).Select(i => Make($"f{i}", $"Filler {i}", $"Routine note number {i} about nothing much."));
        ImmutableArray<Article> corpus =
        [
            .. filler.Take(100),
            Make("early", "Glacier retreat measured", "Glaciologists measured the glacier retreat and meltwater in the fjord."),
            .. filler.Skip(100),
            Make("late", "Meltwater from the glacier", "The fjord filled with meltwater as the glacier retreat sped up, glaciologists said."),
        ];
        var index = SearchIndex.Build(corpus);

        Assert.Equal("early", index.RelatedTo(corpus[^1], 5)[0].Id);
        Assert.Equal("late", index.RelatedTo(corpus[100], 5)[0].Id);
    }
}
