using System.Runtime.CompilerServices;
using NewsReader.Files;
using NewsReader.Persistence;
using NewsReader.Search;
using NewsReader.Storage;
using NewsReader.Tests.TestData;

namespace NewsReader.Tests.Storage;

/// <summary>A snapshot moved onto another index of the same articles lets the index it had go.</summary>
public sealed class SnapshotIndexSwapTests
{
    [Fact]
    public void WithSearchIndex_SameArticles_ServesTheNewIndexAndLetsTheOldGo()
    {
        var (swapped, old) = Swap();

        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();

        Assert.False(old.IsAlive, "the replaced index is still reachable from the new snapshot");
        Assert.Equal(2, swapped.SearchIndex.Search("crane", 1, 10).Total);
        Assert.NotNull(swapped.FindBySlug("harbour-crane-arrives"));
    }

    [Fact]
    public void WithSearchIndex_OtherArticles_IsRefused()
    {
        var snapshot = ArticleSnapshot.Create([ArticleFactory.WithBody("a1", "Harbour crane arrives", "The crane came by sea.")], []);

        Assert.Throws<ArgumentException>(() => snapshot.WithSearchIndex(SearchIndex.Build([ArticleFactory.WithBody("b2", "Other", "Other text.")])));
    }

    [Fact]
    public async Task WithSearchIndex_TheSavedIndexMapped_LetsTheBuiltOneGo()
    {
        using var folder = new TempFolder();
        var boundary = new SeedsFolderBoundary(folder.Path);
        await IndexStore.WriteAsync(folder.Path, "test", ArticleSnapshot.Create(Articles, []).SearchIndex, boundary);
        var (swapped, old) = SwapForSaved(folder.Path, boundary);

        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();

        Assert.Equal(SearchIndexOrigin.Mapped, swapped.SearchIndex.Origin);
        Assert.False(old.IsAlive, "the built index is still reachable after the saved one replaced it");
        Assert.Equal(2, swapped.SearchIndex.Search("crane", 1, 10).Total);
    }

    private static readonly NewsReader.Articles.Article[] Articles =
    [
        ArticleFactory.WithBody("a1", "Harbour crane arrives", "The crane came by sea."),
        ArticleFactory.WithBody("a2", "Second crane ordered", "Another crane follows."),
    ];

    // Synchronous and not inlined: the index written above was another snapshot's, so no writer's
    // frame can hold the one built here, and nothing of this frame outlives it.
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static (ArticleSnapshot Swapped, WeakReference Old) SwapForSaved(string folder, SeedsFolderBoundary boundary)
    {
        var snapshot = ArticleSnapshot.Create(Articles, []);
        var (mapped, _) = IndexStore.Read(folder, "test", snapshot.Articles, snapshot.TopicArticles, boundary, mappedOnly: true);
        return (snapshot.WithSearchIndex(mapped!), new WeakReference(snapshot.SearchIndex));
    }

    // Not inlined, so no local of the caller's frame holds the old snapshot or its index.
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static (ArticleSnapshot Swapped, WeakReference Old) Swap()
    {
        var snapshot = ArticleSnapshot.Create(
            [
                ArticleFactory.WithBody("a1", "Harbour crane arrives", "The crane came by sea."),
                ArticleFactory.WithBody("a2", "Second crane ordered", "Another crane follows."),
            ],
            []);
        var replacement = SearchIndex.Build(snapshot.Articles, snapshot.TopicArticles);
        return (snapshot.WithSearchIndex(replacement), new WeakReference(snapshot.SearchIndex));
    }
}
