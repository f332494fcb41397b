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
    public async Task Reload_WithTheStore_PublishesTheSavedIndexMappedOnceWritten()
    {
        using var seeds = new TempFolder();
        seeds.Write("harbour.txt", "Harbour crane arrives\n\nThe crane came by sea.");
        seeds.Write("buses.txt", "Night buses return\n\nThe buses run again after midnight.");
        using var app = new TestIngestor(seeds);
        var (ingestor, repository) = (app.Ingestor, app.Repository);
        await ingestor.IngestAsync(CancellationToken.None);
        await ingestor.IndexMapped;
        Assert.Equal(SearchIndexOrigin.Mapped, repository.Current.SearchIndex.Origin);
        ingestor.Store!.MinimumInterval = TimeSpan.Zero;

        seeds.Write("buses.txt", "Night buses return\n\nThe buses run again after midnight, with a new tram.");
        File.SetLastWriteTimeUtc(Path.Join(seeds.Path, "buses.txt"), DateTime.UtcNow.AddMinutes(1));
        var reloaded = await ingestor.IngestAsync(CancellationToken.None);
        await ingestor.IndexMapped;

        Assert.Equal(SearchIndexOrigin.Updated, reloaded.SearchIndex.Origin);
        var published = repository.Current;
        Assert.Equal(SearchIndexOrigin.Mapped, published.SearchIndex.Origin);
        Assert.Equal(reloaded.Articles, published.Articles);
        Assert.Equal("Night buses return", Assert.Single(published.SearchIndex.Search("tram", 1, 10).Hits).Article.Headline);
    }
}
