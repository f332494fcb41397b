using System.Globalization;
using System.IO.Compression;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using NewsReader.Search;
using NewsReader.Storage;
using NewsReader.Web.Tests.Infrastructure;

namespace NewsReader.Web.Tests.Serving;

/// <summary>
/// Past its budget the cache drops the pages least recently used, not everything; a page is
/// compressed cheaply until it is asked for again (issue 15).
/// </summary>
public sealed class PageCacheEvictionTests : IDisposable
{
    private const string SeedPath = "/articles/trump-open-to-meeting-kim-jong-un-during-asia-trip";

    private readonly SeedsFolder _seeds = new SeedsFolder().WithSeed().WithStories(3);
    private readonly NewsReaderFactory _factory;
    private readonly RenderCounter _renders = new();
    private readonly WebApplicationFactory<Program> _counted;
    private readonly HttpClient _client;

    public PageCacheEvictionTests()
    {
        _factory = new NewsReaderFactory(_seeds, new Dictionary<string, string?> { ["Site:PageCacheMegabytes"] = "1" });
        _counted = _renders.Attach(_factory);
        _client = _counted.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
    }

    public void Dispose()
    {
        _client.Dispose();
        _counted.Dispose();
        _factory.Dispose();
        _seeds.Dispose();
    }

    [Fact]
    public async Task Get_OneOffPagesPastTheBudget_PageInUseStaysKept()
    {
        await GetAsync(SeedPath);

        // Each search is a page of its own: together far more than the 1 MB budget.
        const int OneOffs = 300;
        for (var i = 0; i < OneOffs; i++)
        {
            await GetAsync("/search?q=" + WordFor(i));
            await GetAsync(SeedPath);
        }

        await GetAsync("/search?q=" + WordFor(0));

        Assert.Equal(1, _renders.CountOf(SeedPath));
        Assert.Equal(OneOffs + 1, _renders.CountOf("/search"));
    }

    [Fact]
    public async Task Get_SnapshotMovedOntoAnotherIndexOfTheSameArticles_PagesStayCachedUntilANewSnapshot()
    {
        await GetAsync(SeedPath);
        var repository = _counted.Services.GetRequiredService<ArticleRepository>();
        var snapshot = repository.Current;

        // As the first load does once its index is saved: the same articles, the saved copy mapped.
        repository.Publish(snapshot.WithSearchIndex(SearchIndex.Build(snapshot.Articles, snapshot.TopicArticles)));
        await GetAsync(SeedPath);
        Assert.Equal(1, _renders.CountOf(SeedPath));

        repository.Publish(ArticleSnapshot.Create(snapshot.Articles, []));
        await GetAsync(SeedPath);
        Assert.Equal(2, _renders.CountOf(SeedPath));
    }

    [Fact]
    public async Task Get_PageAskedForOnce_QuickVariantsUntilAskedAgain()
    {
        var first = await GetAsync("/search?q=kim", "br");
        var second = await GetAsync("/search?q=kim", "br");
        var third = await GetAsync("/search?q=kim", "br");

        Assert.EndsWith("-brq\"", first.Headers.ETag!.Tag, StringComparison.Ordinal);
        Assert.EndsWith("-br\"", second.Headers.ETag!.Tag, StringComparison.Ordinal);
        Assert.Equal(second.Headers.ETag, third.Headers.ETag);
        Assert.Equal(Decompress(await first.Content.ReadAsByteArrayAsync()), Decompress(await second.Content.ReadAsByteArrayAsync()));
        Assert.Equal(1, _renders.CountOf("/search"));
    }

    /// <summary>Distinct letters-only words (a digit would be its own search term).</summary>
    private static string WordFor(int i) =>
        "zq" + string.Concat(i.ToString("D3", CultureInfo.InvariantCulture).Select(digit => (char)('a' + digit - '0')));

    private async Task<HttpResponseMessage> GetAsync(string path, string? acceptEncoding = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(path, UriKind.Relative));
        if (acceptEncoding is not null)
        {
            request.Headers.TryAddWithoutValidation("Accept-Encoding", acceptEncoding);
        }

        return await _client.SendAsync(request);
    }

    private static byte[] Decompress(byte[] body)
    {
        using var stream = new BrotliStream(new MemoryStream(body), CompressionMode.Decompress);
        using var output = new MemoryStream();
        stream.CopyTo(output);
        return output.ToArray();
    }
}
