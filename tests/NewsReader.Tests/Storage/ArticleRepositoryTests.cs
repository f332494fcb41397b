using NewsReader.Storage;
using NewsReader.Tests.TestData;

namespace NewsReader.Tests.Storage;

public sealed class ArticleRepositoryTests
{
    [Fact]
    public void Current_BeforePublish_EmptyAndNotLoaded()
    {
        var repository = new ArticleRepository();

        Assert.Empty(repository.Current.Articles);
        Assert.False(repository.IsLoaded);
    }

    [Fact]
    public void Publish_Subscribed_PublishedRaisedWithTheNewSnapshot()
    {
        var repository = new ArticleRepository();
        var snapshot = ArticleSnapshot.Create([ArticleFactory.Make("a.txt", "A")], []);
        ArticleSnapshot? seen = null;
        repository.Published += published => seen = repository.Current == published ? published : null;

        repository.Publish(snapshot);

        Assert.Same(snapshot, seen);
    }

    [Fact]
    public void Publish_NewSnapshot_ReplacesWholeSnapshotAtOnce()
    {
        var repository = new ArticleRepository();
        var first = ArticleSnapshot.Create([ArticleFactory.Make("a.txt", "A")], []);
        var second = ArticleSnapshot.Create([ArticleFactory.Make("b.txt", "B"), ArticleFactory.Make("c.txt", "C")], []);

        repository.Publish(first);
        var heldByAReader = repository.Current;
        repository.Publish(second);

        Assert.True(repository.IsLoaded);
        Assert.Same(second, repository.Current);
        Assert.Single(heldByAReader.Articles);
        Assert.Null(repository.Current.FindBySlug("a"));
    }
}
