using System.Net;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using NewsReader.Ingestion;
using NewsReader.Web.Tests.Infrastructure;

namespace NewsReader.Web.Tests.Operations;

public sealed class HealthTests : IDisposable
{
    private readonly SeedsFolder _seeds = new SeedsFolder()
        .WithSeed()
        .With("copy.txt", SeedsFolder.SeedText)
        .With("empty.txt", [])
        .With("latin1.txt", [.. "Pound\n\nIt cost "u8, 0xA3, .. "5."u8]);

    public void Dispose() => _seeds.Dispose();

    [Fact]
    public async Task Healthz_Alive()
    {
        using var factory = new NewsReaderFactory(_seeds);

        var response = await factory.CreateClient().GetAsync(new Uri("/healthz", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("alive", JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("status").GetString());
    }

    [Fact]
    public async Task Readyz_AfterFirstLoad_ReportsFigures()
    {
        using var factory = new NewsReaderFactory(_seeds);

        var response = await factory.CreateClient().GetAsync(new Uri("/readyz", UriKind.Relative));
        var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("ready", json.GetProperty("status").GetString());
        Assert.Equal(2, json.GetProperty("articles").GetInt32());
        Assert.Equal(1, json.GetProperty("rejected").GetInt32());
        Assert.Equal(1, json.GetProperty("repaired").GetInt32());
        Assert.Equal(1, json.GetProperty("duplicates").GetInt32());
        Assert.Equal(0, json.GetProperty("stale").GetInt32());
        Assert.True(json.GetProperty("lastReload").GetDateTimeOffset() > DateTimeOffset.UtcNow.AddMinutes(-5));
        Assert.True(json.GetProperty("lastReloadMilliseconds").GetInt64() >= 0);
        Assert.Equal(4, json.GetProperty("lastReloadParsedFiles").GetInt32());
    }

    [Fact]
    public async Task Readyz_OnceTheFirstLoadIsSaved_TheIndexIsServedFromTheStoreMapped()
    {
        using var factory = new NewsReaderFactory(_seeds);
        await factory.Services.GetRequiredService<ArticleIngestor>().FirstLoadSettled.WaitAsync(TimeSpan.FromSeconds(15));

        var json = JsonDocument.Parse(await factory.CreateClient().GetStringAsync(new Uri("/readyz", UriKind.Relative))).RootElement;

        // Built at the cold start, then moved to the copy the store saved: the heap's is let go.
        Assert.True(json.GetProperty("searchIndexMapped").GetBoolean());
        Assert.Equal(2, json.GetProperty("searchIndexReusedArticles").GetInt32());
        Assert.Equal(2, json.GetProperty("articles").GetInt32());
    }

    [Fact]
    public async Task Readyz_RestartFromTheSnapshotStore_SaysNothingWasParsedAndTheIndexWasMapped()
    {
        using (var first = new NewsReaderFactory(_seeds))
        {
            await first.Services.GetRequiredService<ArticleIngestor>().Store!.Idle;
        }

        using var second = new NewsReaderFactory(_seeds);

        var json = JsonDocument.Parse(await second.CreateClient().GetStringAsync(new Uri("/readyz", UriKind.Relative))).RootElement;

        Assert.Equal(2, json.GetProperty("articles").GetInt32());
        Assert.Equal(0, json.GetProperty("lastReloadParsedFiles").GetInt32());
        Assert.True(json.GetProperty("searchIndexMapped").GetBoolean());
    }

    [Fact]
    public async Task BeforeFirstLoad_Readyz503AndPages503WithRetryAfterButHealthzAlive()
    {
        using var factory = new NewsReaderFactory(_seeds, loadSeeds: false);
        var client = factory.CreateClient();

        var ready = await client.GetAsync(new Uri("/readyz", UriKind.Relative));
        var page = await client.GetAsync(new Uri("/", UriKind.Relative));
        var alive = await client.GetAsync(new Uri("/healthz", UriKind.Relative));

        Assert.Equal(HttpStatusCode.ServiceUnavailable, ready.StatusCode);
        Assert.Equal("loading", JsonDocument.Parse(await ready.Content.ReadAsStringAsync()).RootElement.GetProperty("status").GetString());
        Assert.Equal(TimeSpan.FromSeconds(1), ready.Headers.RetryAfter?.Delta);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, page.StatusCode);
        Assert.Equal(TimeSpan.FromSeconds(1), page.Headers.RetryAfter?.Delta);
        Assert.Equal(HttpStatusCode.OK, alive.StatusCode);
    }

    [Fact]
    public async Task Status_ListsEveryRejectedRepairedAndDuplicateFile()
    {
        using var factory = new NewsReaderFactory(_seeds);

        var page = await Html.ParseAsync(await factory.CreateClient().GetAsync(new Uri("/status", UriKind.Relative)));

        var files = page.Texts("td code");
        Assert.Contains("empty.txt", files);
        Assert.Contains("latin1.txt", files);
        Assert.Contains("copy.txt", files);
        Assert.Contains(page.Texts("td"), reason => reason == "the file is empty (0 bytes)");
        Assert.Equal("noindex", page.QuerySelector("meta[name=robots]")?.GetAttribute("content"));
    }

    [Fact]
    public async Task Status_TurnedOff_NotFound()
    {
        using var factory = new NewsReaderFactory(_seeds, new Dictionary<string, string?> { ["Site:StatusPage"] = "false" });

        var response = await factory.CreateClient().GetAsync(new Uri("/status", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
