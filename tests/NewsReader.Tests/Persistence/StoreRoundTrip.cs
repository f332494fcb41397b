using NewsReader.Articles;
using NewsReader.Files;
using NewsReader.Persistence;
using NewsReader.Tests.TestData;

namespace NewsReader.Tests.Persistence;

/// <summary>Articles written to a snapshot store in a folder and read back, as a restart restores them.</summary>
internal static class StoreRoundTrip
{
    private const string Fingerprint = "test build";

    public static async Task<IReadOnlyList<Article>> Of(TempFolder folder, params Article[] articles)
    {
        var boundary = new SeedsFolderBoundary(folder.Path);
        var written = articles.Select(a => new StoredFile(a.SourceFile, 100, new DateTime(2024, 3, 14, 16, 0, 0, DateTimeKind.Utc), 42, a, null)).ToArray();
        await SnapshotStore.WriteAsync(folder.Path, Fingerprint, written, boundary);
        var (read, problem) = SnapshotStore.Read(folder.Path, Fingerprint, boundary);
        Assert.Null(problem);
        return [.. read!.Select(file => file.Article!)];
    }
}
