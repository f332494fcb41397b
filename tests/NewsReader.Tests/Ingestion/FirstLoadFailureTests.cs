using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using NewsReader.Ingestion;
using NewsReader.Storage;
using NewsReader.Tests.TestData;

namespace NewsReader.Tests.Ingestion;

/// <summary>When nothing can be published, the repository says why instead of "still loading".</summary>
public sealed class FirstLoadFailureTests : IDisposable
{
    private readonly TempFolder _seeds = new();
    private readonly ArticleRepository _repository = new();

    public void Dispose() => _seeds.Dispose();

    [Fact]
    public async Task IngestAsync_FirstLoadThrows_RepositoryReportsWhyUntilALoadSucceeds()
    {
        _seeds.Write("story.txt", "Story\n\nBody.");
        var options = Options.Create(new SeedsOptions { Path = _seeds.Path });
        using var loader = new SeedFolderLoader(options, TimeProvider.System, NullLogger<SeedFolderLoader>.Instance);
        using var failing = new ArticleIngestor(loader, _repository, options, new BrokenClock(), NullLoggerFactory.Instance);

        await Assert.ThrowsAsync<InvalidOperationException>(() => failing.IngestAsync(CancellationToken.None));

        Assert.False(_repository.IsLoaded);
        Assert.Equal("the first load of the seeds folder failed (InvalidOperationException: the clock is broken); it is tried again at the next rescan", _repository.LoadFailure);

        using var working = new ArticleIngestor(new SeedFolderLoader(options, TimeProvider.System, NullLogger<SeedFolderLoader>.Instance), _repository, options, TimeProvider.System, NullLoggerFactory.Instance);
        await working.IngestAsync(CancellationToken.None);

        Assert.True(_repository.IsLoaded);
        Assert.Null(_repository.LoadFailure);
    }

    /// <summary>A dependency that fails after the files are read, as a bug in publishing would.</summary>
    private sealed class BrokenClock : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => throw new InvalidOperationException("the clock is broken");
    }
}
