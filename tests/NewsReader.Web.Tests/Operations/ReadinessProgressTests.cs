using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using NewsReader.Ingestion;
using NewsReader.Tests.Shared;
using NewsReader.Web.Tests.Infrastructure;

namespace NewsReader.Web.Tests.Operations;

/// <summary>The app's own loader and ingestor, held while parsing one file: /readyz and pages show that load's figures.</summary>
public sealed class ReadinessProgressTests : IDisposable
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(15);

    private readonly SeedsFolder _seeds = new SeedsFolder().WithStories(5).With("zz-held.txt", "Held story\n\nIts parse waits for the test.");
    private readonly HeldParse _parse = new("zz-held.txt");

    public void Dispose()
    {
        _parse.Dispose();
        _seeds.Dispose();
    }

    [Fact]
    public async Task Readyz_LoadHeldMidParse_ProgressOfThatLoadThenReadyWithoutIt()
    {
        using var plain = new NewsReaderFactory(_seeds, loadSeeds: false);
        using var factory = plain.WithWebHostBuilder(builder => builder.ConfigureTestServices(_parse.ReplaceLoader));
        var client = factory.CreateClient();
        var progress = factory.Services.GetRequiredService<LoadProgress>();
        var finished = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        progress.LoadFinished += () => finished.TrySetResult();

        var load = factory.Services.GetRequiredService<ArticleIngestor>().IngestAsync(CancellationToken.None);
        await _parse.Held.WaitAsync(Patience);
        var during = await client.GetAsync(new Uri("/readyz", UriKind.Relative));
        var page = await client.GetAsync(new Uri("/", UriKind.Relative));
        _parse.Release();
        await load.WaitAsync(Patience);
        await finished.Task.WaitAsync(Patience);
        var after = await client.GetAsync(new Uri("/readyz", UriKind.Relative));

        Assert.Equal(HttpStatusCode.ServiceUnavailable, during.StatusCode);
        var json = JsonDocument.Parse(await during.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal("loading", json.GetProperty("status").GetString());
        var figures = json.GetProperty("progress");
        Assert.Equal("parsing", figures.GetProperty("phase").GetString());
        Assert.Equal(6, figures.GetProperty("found").GetInt32());
        Assert.Equal(6, figures.GetProperty("toParse").GetInt32());
        Assert.InRange(figures.GetProperty("parsed").GetInt32(), 0, 5);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, page.StatusCode);
        Assert.Matches(@"^NewsReader is loading its articles: \d of 6 files parsed \(6 found\)", await page.Content.ReadAsStringAsync());
        var ready = JsonDocument.Parse(await after.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal(HttpStatusCode.OK, after.StatusCode);
        Assert.Equal(6, ready.GetProperty("articles").GetInt32());
        Assert.Equal(JsonValueKind.Null, ready.GetProperty("progress").ValueKind);
    }
}
