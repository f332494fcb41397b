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
