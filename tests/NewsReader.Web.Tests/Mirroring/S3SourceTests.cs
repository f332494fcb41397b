using System.Net;
using NewsReader.Web.Tests.Infrastructure;

namespace NewsReader.Web.Tests.Mirroring;

/// <summary>The whole app with <c>Seeds:Source=s3</c>: what is put into the bucket becomes an article page, and what is deleted answers 410.</summary>
public sealed class S3SourceTests : IAsyncLifetime
{
    private readonly SeedsFolder _seeds = new();
    private S3rver? _server;

    public async Task InitializeAsync()
    {
        if (S3rver.SkipReason is null)
        {
            _server = await S3rver.StartAsync();
        }
    }

    public async Task DisposeAsync()
    {
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }

        _seeds.Dispose();
    }

    [S3Fact]
    public async Task ObjectPutThenDeleted_ArticlePublishedThenGone()
    {
        var server = _server!;
        await server.PutAsync("site/world/first.txt", "First story from the bucket\n\nIt was copied before the first load.");
        using var factory = new NewsReaderFactory(_seeds, new Dictionary<string, string?>
        {
            ["Seeds:Source"] = "s3",
            ["Seeds:PollSeconds"] = "1",
            ["Seeds:S3:Bucket"] = S3rver.Bucket,
            ["Seeds:S3:Prefix"] = "site/",
            ["Seeds:S3:Endpoint"] = server.Endpoint.ToString(),
            ["Seeds:S3:AccessKey"] = S3rver.AccessKey,
            ["Seeds:S3:SecretKey"] = S3rver.SecretKey,
        });
        using var client = factory.CreateNonRedirectingClient();

        // The first load waited for the first copy: the bucket's article is there from the start.
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(new Uri("/articles/first-story-from-the-bucket", UriKind.Relative))).StatusCode);

        await server.PutAsync("site/world/second.txt", "Second story from the bucket\n\nIt was put while the app ran.");
        await factory.WaitForSnapshotAsync(s => s.FindBySlug("second-story-from-the-bucket") is not null);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(new Uri("/articles/second-story-from-the-bucket", UriKind.Relative))).StatusCode);

        await server.DeleteAsync("site/world/first.txt");
        await factory.WaitForSnapshotAsync(s => s.FindBySlug("first-story-from-the-bucket") is null);
        Assert.Equal(HttpStatusCode.Gone, (await client.GetAsync(new Uri("/articles/first-story-from-the-bucket", UriKind.Relative))).StatusCode);
    }
}
