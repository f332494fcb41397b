using System.Net;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using NewsReader.Storage;
using NewsReader.Web.Tests.Infrastructure;

namespace NewsReader.Web.Tests.Operations;

/// <summary>A first load that failed is reported as such, with its reason, not as "loading" for ever.</summary>
public sealed class ReadinessFailureTests : IDisposable
{
    private const string Reason = "the first load of the seeds folder failed (IOException: disk on fire); it is tried again at the next rescan";

    private readonly SeedsFolder _seeds = new SeedsFolder().WithSeed();

    public void Dispose() => _seeds.Dispose();

    [Fact]
    public async Task Readyz_FirstLoadFailed_503WithTheReasonAndPagesSayItIsNotLoading()
    {
        using var factory = new NewsReaderFactory(_seeds, loadSeeds: false);
        var client = factory.CreateClient();
        factory.Services.GetRequiredService<ArticleRepository>().ReportLoadFailure(Reason);

        var ready = await client.GetAsync(new Uri("/readyz", UriKind.Relative));
        var page = await client.GetAsync(new Uri("/", UriKind.Relative));
        var json = JsonDocument.Parse(await ready.Content.ReadAsStringAsync()).RootElement;

        Assert.Equal(HttpStatusCode.ServiceUnavailable, ready.StatusCode);
        Assert.Equal("failed", json.GetProperty("status").GetString());
        Assert.Equal(Reason, json.GetProperty("reason").GetString());
        Assert.Equal(HttpStatusCode.ServiceUnavailable, page.StatusCode);
        Assert.StartsWith("NewsReader could not load its articles yet", await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.DoesNotContain("disk on fire", await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
