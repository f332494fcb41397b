using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using NewsReader.Ingestion;
using NewsReader.Mirroring;
using NewsReader.Web.Tests.Infrastructure;

namespace NewsReader.Web.Tests.Mirroring;

/// <summary>The mirror and the AWS SDK against a real S3-compatible server on loopback.</summary>
public sealed class S3MirrorTests : IAsyncLifetime
{
    private readonly SeedsFolder _seeds = new();
    private S3rver? _server;
    private S3ObjectStore? _store;

    private S3rver Server => _server!;

    public async Task InitializeAsync()
    {
        if (S3rver.SkipReason is null)
        {
            _server = await S3rver.StartAsync();
        }
    }

    public async Task DisposeAsync()
    {
        _store?.Dispose();
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }

        _seeds.Dispose();
    }

    private BucketMirror Mirror(string prefix = "", string bucket = S3rver.Bucket)
    {
        var s3 = new S3SourceOptions
        {
            Bucket = bucket,
            Prefix = prefix,
            Endpoint = Server.Endpoint.ToString(),
            AccessKey = S3rver.AccessKey,
            SecretKey = S3rver.SecretKey,
        };
        _store = new S3ObjectStore(s3) { PageSize = 2 };
        return new BucketMirror(_store, Options.Create(new SeedsOptions { Path = _seeds.Path, Source = "s3", S3 = s3 }), NullLogger<BucketMirror>.Instance);
    }

    private string Local(string path) => Path.Join(_seeds.Path, path);

    [S3Fact]
    public async Task SyncAsync_ObjectsOverSeveralPages_CopiedUnderTheirFoldersWithoutThePrefix()
    {
        await Server.PutAsync("site/a.txt", "A");
        await Server.PutAsync("site/world/b.txt", "B");
        await Server.PutAsync("site/world/c.txt", "C");
        await Server.PutAsync("site/world/d.md", "D");
        await Server.PutAsync("elsewhere/e.txt", "E");

        var result = await Mirror("site/").SyncAsync(CancellationToken.None);

        Assert.Null(result.Failure);
        Assert.Equal(4, result.Downloaded);
        Assert.Equal("A", File.ReadAllText(Local("a.txt")));
        Assert.Equal("D", File.ReadAllText(Local("world/d.md")));
        Assert.False(File.Exists(Local("e.txt")));
        Assert.False(Directory.Exists(Local("elsewhere")));
    }

    [S3Fact]
    public async Task SyncAsync_ObjectChanged_DownloadedAgainOthersNot()
    {
        await Server.PutAsync("a.txt", "A");
        await Server.PutAsync("b.txt", "B");
        var mirror = Mirror();
        await mirror.SyncAsync(CancellationToken.None);

        await Server.PutAsync("a.txt", "A, edited");
        var result = await mirror.SyncAsync(CancellationToken.None);

        Assert.Equal((1, 1), (result.Downloaded, result.Unchanged));
        Assert.Equal("A, edited", File.ReadAllText(Local("a.txt")));
    }

    [S3Fact]
    public async Task SyncAsync_ObjectDeleted_CopyRemovedLocalFileKept()
    {
        _seeds.With("editor.txt", "Not from the bucket");
        await Server.PutAsync("a.txt", "A");
        var mirror = Mirror();
        await mirror.SyncAsync(CancellationToken.None);

        await Server.DeleteAsync("a.txt");
        var result = await mirror.SyncAsync(CancellationToken.None);

        Assert.Equal(1, result.Deleted);
        Assert.False(File.Exists(Local("a.txt")));
        Assert.Equal("Not from the bucket", File.ReadAllText(Local("editor.txt")));
    }

    [S3Fact]
    public async Task SyncAsync_ServerGone_FailsWithReasonDeletesNothing()
    {
        await Server.PutAsync("a.txt", "A");
        var mirror = Mirror();
        await mirror.SyncAsync(CancellationToken.None);

        await Server.StopAsync();
        var result = await mirror.SyncAsync(CancellationToken.None);

        Assert.Contains("cannot reach the server", result.Failure, StringComparison.Ordinal);
        Assert.True(File.Exists(Local("a.txt")));
    }

    [S3Fact]
    public async Task SyncAsync_NoSuchBucket_FailsNamingIt()
    {
        var result = await Mirror(bucket: "missing").SyncAsync(CancellationToken.None);

        Assert.Contains("the bucket 'missing' does not exist", result.Failure, StringComparison.Ordinal);
    }
}
