using System.Net;
using Microsoft.Extensions.DependencyInjection;
using NewsReader.Ingestion;
using NewsReader.Web.Tests.Infrastructure;

namespace NewsReader.Web.Tests.Hostile;

/// <summary>A deleted article's address answers 410 Gone, and still does after the app restarts.</summary>
public sealed class GoneAfterRestartTests : IDisposable
{
    private readonly SeedsFolder _seeds = new SeedsFolder()
        .With("doomed.txt", "Doomed story\n\nLead paragraph.\n\nMore.")
        .With("kept.txt", "Kept story\n\nLead paragraph.\n\nMore.");

    public void Dispose() => _seeds.Dispose();

    private static async Task<HttpStatusCode> StatusOfAsync(NewsReaderFactory factory, string path)
    {
        using var client = factory.CreateNonRedirectingClient();
        return (await client.GetAsync(new Uri(path, UriKind.Relative))).StatusCode;
    }

    [Fact]
    public async Task DeletedArticle_AfterRestart_Still410()
    {
        using (var before = new NewsReaderFactory(_seeds))
        {
            Assert.Equal(HttpStatusCode.OK, await StatusOfAsync(before, "/articles/doomed-story"));
            File.Delete(Path.Combine(_seeds.Path, "doomed.txt"));
            await before.WaitForSnapshotAsync(s => s.Articles.Length == 1);
            // One more ingestion starts only once the one that saw the deletion has saved it.
            await before.Services.GetRequiredService<ArticleIngestor>().IngestAsync(CancellationToken.None);
            Assert.Equal(HttpStatusCode.Gone, await StatusOfAsync(before, "/articles/doomed-story"));
        }

        using var after = new NewsReaderFactory(_seeds);

        Assert.Equal(HttpStatusCode.Gone, await StatusOfAsync(after, "/articles/doomed-story"));
        Assert.Equal(HttpStatusCode.OK, await StatusOfAsync(after, "/articles/kept-story"));
        Assert.Equal(HttpStatusCode.NotFound, await StatusOfAsync(after, "/articles/never-existed"));
    }

    [Fact]
    public async Task DeletedArticleComesBack_AfterRestart_ServedAgain()
    {
        using (var before = new NewsReaderFactory(_seeds))
        {
            File.Delete(Path.Combine(_seeds.Path, "doomed.txt"));
            await before.WaitForSnapshotAsync(s => s.Articles.Length == 1);
            await before.Services.GetRequiredService<ArticleIngestor>().IngestAsync(CancellationToken.None);
        }

        _seeds.With("doomed.txt", "Doomed story\n\nLead paragraph.\n\nMore.");
        using var after = new NewsReaderFactory(_seeds);

        Assert.Equal(HttpStatusCode.OK, await StatusOfAsync(after, "/articles/doomed-story"));
    }
}
