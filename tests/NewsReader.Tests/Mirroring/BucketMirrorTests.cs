using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;
using Microsoft.Extensions.Options;
using NewsReader.Ingestion;
using NewsReader.Mirroring;
using NewsReader.Tests.TestData;

namespace NewsReader.Tests.Mirroring;

/// <summary>The mirror against a real folder and an in-memory bucket: files on disk and log lines are what is checked.</summary>
public sealed class BucketMirrorTests : IDisposable
{
    private readonly TempFolder _seeds = new();
    private readonly InMemoryObjectStore _store = new();
    private readonly FakeLogger<BucketMirror> _logger = new();

    public void Dispose() => _seeds.Dispose();

    private BucketMirror Mirror(string prefix = "") =>
        new(_store, Options.Create(new SeedsOptions { Path = _seeds.Path, S3 = new S3SourceOptions { Bucket = "news", Prefix = prefix } }), _logger);

    private string Local(string path) => Path.Join(_seeds.Path, path);

    private IEnumerable<string> Warnings => _logger.Collector.GetSnapshot().Where(r => r.Level == LogLevel.Warning).Select(r => r.Message);

    [Fact]
    public async Task SyncAsync_NewObjects_WrittenWithSubfoldersAndManifest()
    {
        _store.Put("news/a.txt", "A");
        _store.Put("news/world/b.txt", "B");
        _store.Put("news/world/c.txt", "C");

        var result = await Mirror("news/").SyncAsync(CancellationToken.None);

        Assert.Null(result.Failure);
        Assert.Equal(3, result.Downloaded);
        Assert.True(result.FilesChanged);
        Assert.Equal("B", File.ReadAllText(Local("world/b.txt")));
        Assert.Equal("C", File.ReadAllText(Local("world/c.txt")));
        Assert.Equal(4, File.ReadAllLines(Local(BucketMirror.ManifestPath)).Length);
        Assert.Empty(Directory.EnumerateFiles(_seeds.Path, "*.tmp", SearchOption.AllDirectories));
    }

    [Fact]
    public async Task SyncAsync_NothingChanged_DownloadsNothing()
    {
        _store.Put("a.txt", "A");
        var mirror = Mirror();
        await mirror.SyncAsync(CancellationToken.None);

        var result = await mirror.SyncAsync(CancellationToken.None);

        Assert.Equal(1, result.Unchanged);
        Assert.False(result.FilesChanged);
        Assert.Single(_store.Downloads);
    }

    [Fact]
    public async Task SyncAsync_ChangedAndDeletedObjects_CopyReplacedAndRemoved()
    {
        _store.Put("a.txt", "A");
        _store.Put("b.txt", "B");
        var mirror = Mirror();
        await mirror.SyncAsync(CancellationToken.None);

        _store.Put("a.txt", "A, edited");
        _store.Delete("b.txt");
        var result = await mirror.SyncAsync(CancellationToken.None);

        Assert.Equal((1, 1), (result.Downloaded, result.Deleted));
        Assert.Equal("A, edited", File.ReadAllText(Local("a.txt")));
        Assert.False(File.Exists(Local("b.txt")));
    }

    [Fact]
    public async Task SyncAsync_LocalFileItDidNotWrite_LeftAlone()
    {
        _seeds.Write("mine.txt", "Written by an editor");
        _store.Put("a.txt", "A");
        var mirror = Mirror();
        await mirror.SyncAsync(CancellationToken.None);

        _store.Delete("a.txt");
        await mirror.SyncAsync(CancellationToken.None);

        Assert.Equal("Written by an editor", File.ReadAllText(Local("mine.txt")));
        Assert.False(File.Exists(Local("a.txt")));
    }

    [Fact]
    public async Task SyncAsync_CorruptManifest_LoggedResyncedAndNothingDeleted()
    {
        _seeds.Write("old.txt", "A file a lost manifest once listed");
        _seeds.Write(BucketMirror.ManifestPath, "garbage\n");
        _store.Put("a.txt", "A");

        var result = await Mirror().SyncAsync(CancellationToken.None);

        Assert.Equal((1, 0), (result.Downloaded, result.Deleted));
        Assert.True(File.Exists(Local("old.txt")));
        Assert.Contains(Warnings, m => m.Contains("cannot be trusted", StringComparison.Ordinal) && m.Contains("first line", StringComparison.Ordinal));
        Assert.Equal(MirrorManifest.Header, File.ReadLines(Local(BucketMirror.ManifestPath)).First());
    }

    [Fact]
    public async Task SyncAsync_TamperedManifestNamesAFileOutside_NothingOutsideDeleted()
    {
        var outside = Path.Join(Path.GetDirectoryName(_seeds.Path), $"outside-{Guid.NewGuid():N}.txt");
        File.WriteAllText(outside, "not the mirror's");
        try
        {
            _seeds.Write(BucketMirror.ManifestPath, $"{MirrorManifest.Header}\nk\te\t16\t../{Path.GetFileName(outside)}\n");

            var result = await Mirror().SyncAsync(CancellationToken.None);

            Assert.Equal(0, result.Deleted);
            Assert.True(File.Exists(outside));
        }
        finally
        {
            File.Delete(outside);
        }
    }

    [Fact]
    public async Task SyncAsync_BucketFails_LoggedOnceNothingDeletedThenRecovers()
    {
        _store.Put("a.txt", "A");
        var mirror = Mirror();
        await mirror.SyncAsync(CancellationToken.None);

        _store.Delete("a.txt");
        _store.Failure = new ObjectStoreException("cannot reach the server: Connection refused");
        var first = await mirror.SyncAsync(CancellationToken.None);
        var second = await mirror.SyncAsync(CancellationToken.None);

        Assert.Equal("cannot reach the server: Connection refused", first.Failure);
        Assert.NotNull(second.Failure);
        Assert.True(File.Exists(Local("a.txt")));
        Assert.Single(Warnings, m => m.Contains("Connection refused", StringComparison.Ordinal));

        _store.Failure = null;
        var recovered = await mirror.SyncAsync(CancellationToken.None);
        Assert.Null(recovered.Failure);
        Assert.False(File.Exists(Local("a.txt")));
    }

    [Fact]
    public async Task SyncAsync_UnsafeKeys_SkippedAndLoggedOncePerReason()
    {
        _store.Put("../evil.txt", "X");
        _store.Put(".newsreader/permalinks.tsv", "X");
        _store.Put("good.txt", "G");
        var mirror = Mirror();

        await mirror.SyncAsync(CancellationToken.None);
        await mirror.SyncAsync(CancellationToken.None);

        Assert.Equal(2, Warnings.Count(m => m.Contains("is not copied", StringComparison.Ordinal)));
        Assert.False(File.Exists(Path.Join(Path.GetDirectoryName(_seeds.Path), "evil.txt")));
        Assert.False(File.Exists(Local(".newsreader/permalinks.tsv")));
        Assert.True(File.Exists(Local("good.txt")));
    }

    [Fact]
    public async Task SyncAsync_SubfolderIsALinkLeadingOutside_ObjectNotWrittenThere()
    {
        var outside = Directory.CreateTempSubdirectory("newsreader-outside-").FullName;
        try
        {
            Directory.CreateSymbolicLink(Local("world"), outside);
            _store.Put("world/a.txt", "A");

            var result = await Mirror().SyncAsync(CancellationToken.None);

            Assert.Equal(0, result.Downloaded);
            Assert.Empty(Directory.EnumerateFileSystemEntries(outside));
        }
        finally
        {
            Directory.Delete(outside, recursive: true);
        }
    }
}
