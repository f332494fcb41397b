using System.Collections.Immutable;
using NewsReader.Articles;
using NewsReader.Tests.TestData;
using NewsReader.Topics;

namespace NewsReader.Tests.Topics;

public sealed class TopicIndexPageTests
{
    // Topic "Topic 0" is named by 7 articles, "Topic 1" by 6, … "Topic 6" by 1.
    private static readonly TopicIndex Index = new([.. Enumerable.Range(0, 7).Select(i =>
        ArticleFactory.Make($"{i}.txt") with { Topics = [.. Enumerable.Range(0, i + 1).Select(t => $"Topic {t}")] })]);

    [Fact]
    public void Page_First_MostWrittenAboutFirst()
    {
        var page = Index.Page(1, 3)!;

        Assert.Equal(["Topic 0", "Topic 1", "Topic 2"], page.Items.Select(t => t.Name));
        Assert.Equal((1, 3, 7), (page.Number, page.TotalPages, page.Total));
        Assert.False(page.HasPrevious);
        Assert.True(page.HasNext);
    }

    [Fact]
    public void Page_Last_HoldsTheRest()
    {
        var page = Index.Page(3, 3)!;

        Assert.Equal(["Topic 6"], page.Items.Select(t => t.Name));
        Assert.True(page.HasPrevious);
        Assert.False(page.HasNext);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    [InlineData(4)]
    public void Page_OutOfRange_Null(int number) => Assert.Null(Index.Page(number, 3));

    [Fact]
    public void Page_NoTopics_OneEmptyPage()
    {
        var empty = new TopicIndex(ImmutableArray<Article>.Empty);

        Assert.Empty(empty.Page(1, 3)!.Items);
        Assert.Null(empty.Page(2, 3));
    }
}
