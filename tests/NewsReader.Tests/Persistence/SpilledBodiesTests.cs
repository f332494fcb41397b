using NewsReader.Articles;
using NewsReader.Files;
using NewsReader.Persistence;
using NewsReader.Tests.TestData;

namespace NewsReader.Tests.Persistence;

/// <summary>
/// A first load's bodies moved to a scratch file as parsed: each article reads the same blocks and
/// lead from it, a store saved from them is byte for byte the store saved from the heap's, and a
/// body that does not fit stays on the heap.
/// </summary>
public sealed class SpilledBodiesTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Move_ArticleWhoseLeadIsABlock_ReadsTheSameBlocksAndLeadFromTheScratchFile()
    {
        var article = LeadOf(StoredArticles.Plain("a.txt", "Headline", "The lead.", "A second one, ünïcödé.", "A third."), block: 1);
        using var bodies = Spill(1 << 20);

        var moved = bodies.Move(article);

        var stored = Assert.IsType<StoredArticleBody>(moved.StoredBody);
        Assert.Equal(1, stored.LeadBlock);
        Assert.Equal(article.Body.Select(b => (b.Kind, b.Text)), moved.Body.Select(b => (b.Kind, b.Text)));
        Assert.Equal("A second one, ünïcödé.", moved.Standfirst);
        Assert.Equal(article.Body.Sum(b => b.Utf8.Length), bodies.Bytes);
        // Gone from the folder as soon as made: a killed process leaves nothing there.
        Assert.Empty(Directory.GetFiles(_folder.Path));
    }

    [Fact]
    public async Task Move_ThenSaved_WritesTheStoreTheHeapsArticlesWrite()
    {
        Article[] articles =
        [
            StoredArticles.Full("full.md"),
            LeadOf(StoredArticles.Plain("lead.txt", "Lead", "Its lead.", "Then more."), block: 0),
            StoredArticles.Plain("plain.txt", "Plain", "Only a paragraph."),
            StoredArticles.Full("empty.md") with { Body = [], Standfirst = null },
        ];
        using var bodies = Spill(1 << 20);

        var fromHeap = await SavedBytes("heap", articles);
        var fromScratch = await SavedBytes("scratch", [.. articles.Select(bodies.Move)]);

        Assert.Equal(fromHeap, fromScratch);
    }

    [Fact]
    public void Move_BodyPastTheCapacity_StaysOnTheHeap()
    {
        var article = StoredArticles.Plain("a.txt", "Headline", "A paragraph longer than sixteen bytes.");
        using var bodies = Spill(16);

        var kept = bodies.Move(article);

        Assert.Same(article, kept);
        Assert.Null(kept.StoredBody);
    }

    private static Article LeadOf(Article article, int block) => article with { StandfirstText = article.Body[block].Utf8 };

    private SpilledBodies Spill(long capacity)
    {
        var (bodies, problem) = SpilledBodies.Create(_folder.Path, new SeedsFolderBoundary(_folder.Path), capacity);
        Assert.Null(problem);
        return bodies!;
    }

    private async Task<byte[]> SavedBytes(string name, Article[] articles)
    {
        var folder = Path.Join(_folder.Path, name);
        var files = articles.Select(a => new StoredFile(a.SourceFile, 100, new DateTime(2024, 3, 14, 16, 0, 0, DateTimeKind.Utc), 42, a, null)).ToArray();
        await SnapshotStore.WriteAsync(folder, "test build", files, new SeedsFolderBoundary(_folder.Path));
        return await File.ReadAllBytesAsync(Path.Join(folder, SnapshotStore.FileName));
    }
}
