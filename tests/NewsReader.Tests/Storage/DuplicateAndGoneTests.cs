using System.Collections.Frozen;
using NewsReader.Storage;
using NewsReader.Tests.TestData;

namespace NewsReader.Tests.Storage;

public sealed class DuplicateAndGoneTests
{
    [Fact]
    public void Create_SameContentTwice_PublishedOnceUnderFirstFile()
    {
        var original = ArticleFactory.Make("a.txt", "Same story");
        var copy = ArticleFactory.Make("b.txt", "Same story") with { ContentHash = original.ContentHash };

        var snapshot = ArticleSnapshot.Create([copy, original], []);

        Assert.Equal("a.txt", Assert.Single(snapshot.Articles).SourceFile);
        Assert.Equal(new DuplicateFile("b.txt", "a.txt"), Assert.Single(snapshot.Duplicates));
        Assert.Equal(new PermalinkResolution(PermalinkStatus.Moved, snapshot.Articles[0]), snapshot.ResolveId(copy.Id));
        Assert.Equal(PermalinkStatus.Moved, snapshot.ResolveSlug($"same-story-{copy.Id[..8]}").Status);
    }

    [Fact]
    public void Create_SameHeadlineDifferentContent_BothPublished()
    {
        var snapshot = ArticleSnapshot.Create([ArticleFactory.Make("a.txt", "Same story"), ArticleFactory.Make("b.txt", "Same story")], []);

        Assert.Equal(2, snapshot.Articles.Length);
        Assert.Empty(snapshot.Duplicates);
    }

    [Fact]
    public void Resolve_GoneArticle_GoneUnlessSlugReused()
    {
        var gone = new GoneArticles(FrozenSet.Create(StringComparer.OrdinalIgnoreCase, "old-story", "reused"), FrozenSet.Create("deadbeefdeadbeef"));
        var snapshot = ArticleSnapshot.Create([ArticleFactory.Make("x.txt", "Reused")], [], null, new SnapshotContext { Gone = gone });

        Assert.Equal(PermalinkStatus.Gone, snapshot.ResolveSlug("old-story").Status);
        Assert.Equal(PermalinkStatus.Gone, snapshot.ResolveId("deadbeefdeadbeef").Status);
        Assert.Equal(PermalinkStatus.Found, snapshot.ResolveSlug("reused").Status);
        Assert.Equal(PermalinkStatus.NotFound, snapshot.ResolveSlug("never").Status);
    }
}
