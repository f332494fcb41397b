using Microsoft.Extensions.Logging.Testing;
using NewsReader.Files;
using NewsReader.Storage;
using NewsReader.Tests.TestData;

namespace NewsReader.Tests.Storage;

public sealed class GoneListTests : IDisposable
{
    private readonly TempFolder _seeds = new();
    private readonly FakeLogger<GoneList> _logger = new();

    public void Dispose() => _seeds.Dispose();

    private GoneList List() => new(Path.Combine(_seeds.Path, ".newsreader", "gone.tsv"), new SeedsFolderBoundary(_seeds.Path), _logger);

    [Fact]
    public async Task UpdateAsync_DeletedThenNewProcess_StillGone()
    {
        var article = ArticleFactory.Make("000_aaaaaaaaaaaaaaaa.txt", "Deleted story");
        var first = List();
        await first.UpdateAsync([], [article], CancellationToken.None);
        await first.UpdateAsync([article], [], CancellationToken.None);
        await first.SaveAsync(CancellationToken.None);

        var gone = await List().UpdateAsync([], [], CancellationToken.None);

        Assert.Contains("deleted-story", (IReadOnlySet<string>)gone.Slugs);
        Assert.Contains("aaaaaaaaaaaaaaaa", (IReadOnlySet<string>)gone.Ids);
        Assert.Empty(_logger.Collector.GetSnapshot());
    }

    [Fact]
    public async Task UpdateAsync_FileEditedInPlace_NothingGone()
    {
        var story = ArticleFactory.Make("000_aaaaaaaaaaaaaaaa.txt", "First story");
        var other = ArticleFactory.Make("001_bbbbbbbbbbbbbbbb.txt", "Second story");
        var edited = story with { Headline = "First story, corrected", Slug = "first-story-corrected" };
        var list = List();
        await list.UpdateAsync([], [story, other], CancellationToken.None);

        var gone = await list.UpdateAsync([story, other], [edited, other], CancellationToken.None);

        Assert.Empty(gone.Slugs);
        Assert.Empty(gone.Ids);
    }

    [Fact]
    public async Task UpdateAsync_FileReplacedByAnotherInItsPlace_TheReplacedOneIsGone()
    {
        var story = ArticleFactory.Make("000_aaaaaaaaaaaaaaaa.txt", "First story");
        var other = ArticleFactory.Make("001_bbbbbbbbbbbbbbbb.txt", "Second story");
        var replacement = ArticleFactory.Make("001_cccccccccccccccc.txt", "Third story");
        var list = List();
        await list.UpdateAsync([], [story, other], CancellationToken.None);

        var gone = await list.UpdateAsync([story, other], [story, replacement], CancellationToken.None);

        Assert.Equal(["second-story"], gone.Slugs);
        Assert.Equal(["bbbbbbbbbbbbbbbb"], gone.Ids);
    }

    [Fact]
    public async Task SaveAsync_AnotherProcessSavedSinceRead_KeepsItsDeletions()
    {
        // Two replicas sharing one seeds folder. The second started after x was deleted but read
        // the list before the first wrote x down; later both see y deleted, the second saves last.
        var x = ArticleFactory.Make("000_aaaaaaaaaaaaaaaa.txt", "First deleted story");
        var y = ArticleFactory.Make("000_bbbbbbbbbbbbbbbb.txt", "Second deleted story");
        var first = List();
        var second = List();
        await second.UpdateAsync([], [y], CancellationToken.None);
        await first.UpdateAsync([x, y], [y], CancellationToken.None);
        await first.SaveAsync(CancellationToken.None);
        await first.UpdateAsync([y], [], CancellationToken.None);
        await first.SaveAsync(CancellationToken.None);
        await second.UpdateAsync([y], [], CancellationToken.None);
        await second.SaveAsync(CancellationToken.None);

        var gone = await List().UpdateAsync([], [], CancellationToken.None);

        Assert.Contains("aaaaaaaaaaaaaaaa", (IReadOnlySet<string>)gone.Ids);
        Assert.Contains("first-deleted-story", (IReadOnlySet<string>)gone.Slugs);
        Assert.Contains("bbbbbbbbbbbbbbbb", (IReadOnlySet<string>)gone.Ids);
        Assert.Empty(_logger.Collector.GetSnapshot());
    }

    [Fact]
    public async Task UpdateAsync_FileWithTheIdReturns_NoLongerGoneAfterRestart()
    {
        var article = ArticleFactory.Make("000_aaaaaaaaaaaaaaaa.txt", "Deleted story");
        var first = List();
        await first.UpdateAsync([article], [], CancellationToken.None);
        await first.SaveAsync(CancellationToken.None);

        var second = List();
        var back = await second.UpdateAsync([], [article], CancellationToken.None);
        await second.SaveAsync(CancellationToken.None);

        Assert.Empty(back.Ids);
        Assert.Empty((await List().UpdateAsync([], [], CancellationToken.None)).Slugs);
    }
}
