using NewsReader.Search;
using NewsReader.Storage;
using NewsReader.Tests.TestData;

namespace NewsReader.Tests.Storage;

/// <summary>
/// A snapshot builds its search index while it settles its articles' topics: whatever the index
/// hands out is the snapshot's own article, with its topics as settled.
/// </summary>
public sealed class SnapshotIndexTopicsTests
{
    // "Oscars" is used by fewer articles than "Oscar": settling makes it "Oscar", a new article object.
    private static readonly NewsReader.Articles.Article[] Articles =
    [
        ArticleFactory.WithBody("a1", "Film wins", "The harbour film won on Sunday.") with { Topics = ["Oscar"] },
        ArticleFactory.WithBody("a2", "Actor thanks crew", "The actor thanked the crew.") with { Topics = ["Oscar"] },
        ArticleFactory.WithBody("a3", "Ceremony runs late", "The ceremony ran past midnight.") with { Topics = ["Oscars"] },
    ];

    [Fact]
    public void Create_TopicsSettledWhileIndexing_SearchFindsTheSettledArticle()
    {
        var snapshot = ArticleSnapshot.Create(Articles, []);

        var hit = snapshot.SearchIndex.Search("midnight", 1, 10).Hits.Single().Article;

        Assert.Equal("Oscar", Assert.Single(hit.Topics));
        Assert.Same(snapshot.FindById("a3"), hit);
        Assert.NotSame(Articles[2], hit);
    }

    [Fact]
    public void Create_TopicsSettledWhileIndexing_TheTopicFilterListsTheTopicsArticles()
    {
        var snapshot = ArticleSnapshot.Create(Articles, []);

        var hits = snapshot.SearchIndex.Search(new SearchRequest { Filters = new SearchFilters { Topic = "oscar" }, PageSize = 10 }).Hits;

        Assert.Equal(["a1", "a2", "a3"], hits.Select(h => h.Article.Id).Order(StringComparer.Ordinal));
        Assert.All(hits, h => Assert.Same(snapshot.FindById(h.Article.Id), h.Article));
    }

    [Fact]
    public void WithSettledTopics_OtherNumberOfArticles_Throws()
    {
        var snapshot = ArticleSnapshot.Create(Articles, []);

        Assert.Throws<ArgumentException>(() => snapshot.SearchIndex.WithSettledTopics([.. snapshot.Articles.Take(2)], snapshot.TopicArticles));
    }

    [Fact]
    public void Create_SettlingFails_ThrowsOnlyOnceTheIndexIsDone()
    {
        // The index may read a saved file the caller unmaps as soon as Create throws.
        var indexDone = 0;
        ArticleSnapshot.SavedIndex slowIndex = (_, _) =>
        {
            Thread.Sleep(300);
            Volatile.Write(ref indexDone, 1);
            return null;
        };
        ArticleSnapshot.SavedTopics failing = _ => throw new InvalidDataException("broken topics");

        Assert.Throws<InvalidDataException>(() => ArticleSnapshot.Create(Articles, [], savedIndex: slowIndex, savedTopics: failing));

        Assert.Equal(1, Volatile.Read(ref indexDone));
    }
}
