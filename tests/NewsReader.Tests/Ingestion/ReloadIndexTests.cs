using NewsReader.Search;
using NewsReader.Tests.TestData;

namespace NewsReader.Tests.Ingestion;

/// <summary>A reload reads only the changed files' words; the rest of the index comes from the published one.</summary>
public sealed class ReloadIndexTests
{
    [Fact]
    public async Task Reload_OneFileChanged_TakesTheOthersFromThePublishedIndex()
    {
        using var seeds = new TempFolder();
        seeds.Write("harbour.txt", "Harbour crane arrives\n\nThe crane came by sea.");
        seeds.Write("buses.txt", "Night buses return\n\nThe buses run again after midnight.");
        seeds.Write("library.txt", "Library reopens\n\nThe library opened its doors.");
        using var app = new TestIngestor(seeds, keepSnapshot: false);
        var ingestor = app.Ingestor;
        var first = await ingestor.IngestAsync(CancellationToken.None);
        Assert.Equal(SearchIndexOrigin.Built, first.SearchIndex.Origin);

        seeds.Write("buses.txt", "Night buses return\n\nThe buses run again after midnight, with a new tram.");
        File.SetLastWriteTimeUtc(Path.Join(seeds.Path, "buses.txt"), DateTime.UtcNow.AddMinutes(1));
        var second = await ingestor.IngestAsync(CancellationToken.None);

        Assert.Equal(SearchIndexOrigin.Updated, second.SearchIndex.Origin);
        Assert.Equal(2, second.SearchIndex.ReusedArticles);
        Assert.Equal("Night buses return", Assert.Single(second.SearchIndex.Search("tram", 1, 10).Hits).Article.Headline);
        Assert.Equal("Harbour crane arrives", Assert.Single(second.SearchIndex.Search("crane", 1, 10).Hits).Article.Headline);
    }

    [Fact]
    public async Task FirstLoad_WithTheStore_MovesToTheSavedIndexMapped_AReloadKeepsItsOwn()
    {
        using var seeds = new TempFolder();
        seeds.Write("harbour.txt", "Harbour crane arrives\n\nThe crane came by sea.");
        seeds.Write("buses.txt", "Night buses return\n\nThe buses run again after midnight.");
        using var app = new TestIngestor(seeds);
        var (ingestor, repository) = (app.Ingestor, app.Repository);
        var first = await ingestor.IngestAsync(CancellationToken.None);
        await ingestor.IndexMapped;
        Assert.Equal(SearchIndexOrigin.Built, first.SearchIndex.Origin);
        Assert.Equal(SearchIndexOrigin.Mapped, repository.Current.SearchIndex.Origin);
        Assert.Equal(first.Articles, repository.Current.Articles);
        ingestor.Store!.MinimumInterval = TimeSpan.Zero;

        seeds.Write("buses.txt", "Night buses return\n\nThe buses run again after midnight, with a new tram.");
        File.SetLastWriteTimeUtc(Path.Join(seeds.Path, "buses.txt"), DateTime.UtcNow.AddMinutes(1));
        var reloaded = await ingestor.IngestAsync(CancellationToken.None);
        await ingestor.Store.Idle;
        await ingestor.IndexMapped;

        // Updated from the mapped index, and kept: mapping each reload's would hold a replaced
        // file's disk space per reload, since a mapping is never unmapped while it may be read.
        Assert.Same(reloaded, repository.Current);
        Assert.Equal(SearchIndexOrigin.Updated, reloaded.SearchIndex.Origin);
        Assert.Equal("Night buses return", Assert.Single(reloaded.SearchIndex.Search("tram", 1, 10).Hits).Article.Headline);
    }
}
