using System.Collections.Immutable;
using NewsReader.Articles;
using NewsReader.Tests.TestData;
using NewsReader.Topics;

namespace NewsReader.Tests.Topics;

public sealed class TopicsNowTests
{
    private static Article With(int number, params string[] topics) =>
        ArticleFactory.Make($"{number:000}.txt", $"Headline {number}") with { Topics = [.. topics] };

    [Fact]
    public void Now_NewestArticlesShareTopics_MostSharedFirst()
    {
        var index = new TopicIndex([With(1, "Ferry", "Harbour"), With(2, "Ferry", "Harbour"), With(3, "Ferry", "Market"), With(4, "Market")]);

        Assert.Equal(["Ferry", "Harbour", "Market"], index.Now.Select(t => t.Name));
    }

    [Fact]
    public void Now_TopicOfOneArticleOnly_LeftOut()
    {
        var index = new TopicIndex([With(1, "Ferry", "Lighthouse"), With(2, "Ferry")]);

        Assert.Equal(["Ferry"], index.Now.Select(t => t.Name));
    }

    [Fact]
    public void Pick_OldTopicWithManyArticles_OnlyTheNewestCount()
    {
        // Newest first: "Storm" fills the archive but none of the newest three articles.
        ImmutableArray<Article> articles = [With(1, "Ferry"), With(2, "Ferry"), With(3, "Market"), .. Enumerable.Range(4, 20).Select(n => With(n, "Storm"))];
        var index = new TopicIndex(articles);

        var now = TopicsNow.Pick(index.Articles, index.Find, window: 3);

        Assert.Equal(["Ferry"], now.Select(t => t.Name));
        Assert.Contains(index.Now, t => t.Name == "Storm");
    }

    [Fact]
    public void Pick_ManySharedTopics_BoundedAndTiesByArticlesThenName()
    {
        var names = Enumerable.Range(0, 5).Select(n => $"Topic {n:00}").ToArray();
        var index = new TopicIndex([With(1, names), With(2, names), With(3, "Topic 04")]);

        var now = TopicsNow.Pick(index.Articles, index.Find, count: 3);

        Assert.Equal(["Topic 04", "Topic 00", "Topic 01"], now.Select(t => t.Name));
    }

    [Fact]
    public void Now_MoreSharedTopicsThanTheRowHolds_Bounded()
    {
        var articles = Enumerable.Range(0, TopicsNow.Count * 2).Select(n => With(n, $"Topic {n:00}", $"Topic {n + 1:00}", "Ferry"));

        Assert.Equal(TopicsNow.Count, new TopicIndex([.. articles]).Now.Length);
    }

    [Fact]
    public void Now_NoArticles_Empty() => Assert.Empty(new TopicIndex([]).Now);
}
