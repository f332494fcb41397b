using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using NewsReader.Ingestion;
using NewsReader.Web.Tests.Infrastructure;

namespace NewsReader.Web.Tests.Hosting;

/// <summary>
/// During the first load, /readyz and the 503 a page request gets say how far the load is. The
/// load's progress runs on a clock the test moves: 41,200 of 100,000 files parsed in 4 s.
/// </summary>
public sealed class StartupProgressTests : IDisposable
{
    private readonly SeedsFolder _seeds = new SeedsFolder().WithSeed();
    private readonly FakeTimeProvider _clock = new();
    private readonly LoadProgress _progress;
    private readonly NewsReaderFactory _factory;
    private readonly HttpClient _client;

    public StartupProgressTests()
    {
        _progress = new LoadProgress(_clock);
        _factory = new NewsReaderFactory(_seeds, loadSeeds: false);
        _client = _factory.WithWebHostBuilder(builder => builder.ConfigureTestServices(services => services.AddSingleton(_progress))).CreateClient();
        _progress.Begin();
        _progress.StartParsing(found: 100_000, toParse: 100_000);
        for (var i = 0; i < 41_200; i++)
        {
            _progress.FileParsed();
        }

        _clock.Advance(TimeSpan.FromSeconds(4));
    }

    public void Dispose()
    {
        _client.Dispose();
        _factory.Dispose();
        _seeds.Dispose();
    }

    private Task<HttpResponseMessage> GetFrontPageAsync(string accept)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, new Uri("/", UriKind.Relative));
        request.Headers.Accept.ParseAdd(accept);
        return _client.SendAsync(request);
    }

    [Fact]
    public async Task Readyz_WhileParsing_ProgressWithTheLoadsFiguresBesideTheExistingFields()
    {
        var response = await _client.GetAsync(new Uri("/readyz", UriKind.Relative));
        var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Equal("loading", json.GetProperty("status").GetString());
        Assert.Equal(0, json.GetProperty("articles").GetInt32());
        var progress = json.GetProperty("progress");
        Assert.Equal("parsing", progress.GetProperty("phase").GetString());
        Assert.Equal(100_000, progress.GetProperty("found").GetInt32());
        Assert.Equal(100_000, progress.GetProperty("toParse").GetInt32());
        Assert.Equal(41_200, progress.GetProperty("parsed").GetInt32());
        Assert.Equal(10_300, progress.GetProperty("perSecond").GetDouble());
        Assert.Equal(6, progress.GetProperty("secondsLeft").GetInt64());
        Assert.Equal(4_000, progress.GetProperty("elapsedMilliseconds").GetInt64());
        Assert.Equal(_clock.Start, progress.GetProperty("startedAt").GetDateTimeOffset());
    }

    [Fact]
    public async Task Readyz_NoLoadRunning_ProgressNull()
    {
        _progress.End();

        var json = JsonDocument.Parse(await (await _client.GetAsync(new Uri("/readyz", UriKind.Relative))).Content.ReadAsStringAsync()).RootElement;

        Assert.Equal(JsonValueKind.Null, json.GetProperty("progress").ValueKind);
    }

    [Fact]
    public async Task Page_BrowserDuringLoad_503HtmlPageThatUpdatesItselfWithTheFiguresInWords()
    {
        var response = await GetFrontPageAsync("text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8");
        var page = await Html.ParseAsync(response);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Equal(TimeSpan.FromSeconds(1), response.Headers.RetryAfter?.Delta);
        Assert.True(response.Headers.CacheControl?.NoStore);
        Assert.Contains("Accept", response.Headers.Vary);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("en", page.DocumentElement.GetAttribute("lang"));
        Assert.Equal("Starting – NewsReader", page.Title);
        Assert.Equal("NewsReader is starting", page.QuerySelector("h1")?.TextContent);
        Assert.Equal(
            "Loading the articles: 41,200 of 100,000 files parsed (100,000 found), 10,300 a second, about 6 s left.",
            page.QuerySelector("main p#status")?.TextContent);
        var bar = page.QuerySelector("progress#files-parsed");
        Assert.Equal(("100000", "41200"), (bar?.GetAttribute("max"), bar?.GetAttribute("value")));
        Assert.Equal("Files parsed", page.QuerySelector("label[for=files-parsed]")?.TextContent);
        // A timed refresh reloads under a reader's feet (WCAG 2.2.1); the page's own script asks instead.
        Assert.Null(page.QuerySelector("meta[http-equiv=refresh]"));
        Assert.Equal(["/js/startup.js"], page.QuerySelectorAll("script").Select(s => s.GetAttribute("src")));
        Assert.NotNull(page.QuerySelector("noscript"));
        Assert.Empty(page.QuerySelectorAll("style, [style], link[rel=stylesheet]"));
    }

    [Fact]
    public async Task StartupScript_DuringLoad_IsServedPastTheGate()
    {
        var response = await _client.GetAsync(new Uri("/js/startup.js", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/javascript", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("fetch(window.location.href", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Page_OtherClientDuringLoad_503PlainTextWithTheFigures()
    {
        var response = await GetFrontPageAsync("*/*");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Equal(TimeSpan.FromSeconds(1), response.Headers.RetryAfter?.Delta);
        Assert.True(response.Headers.CacheControl?.NoStore);
        Assert.Equal(new MediaTypeHeaderValue("text/plain") { CharSet = "utf-8" }, response.Content.Headers.ContentType);
        Assert.Equal(
            "NewsReader is loading its articles: 41,200 of 100,000 files parsed (100,000 found), 10,300 a second, about 6 s left. Try again in a moment.\n",
            await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Page_BrowserWhileTheIndexIsBuilt_SaysSoWithoutABar()
    {
        for (var i = 41_200; i < 100_000; i++)
        {
            _progress.FileParsed();
        }

        _progress.EnterPhase(LoadPhase.Publishing);

        var page = await Html.ParseAsync(await GetFrontPageAsync("text/html"));

        Assert.Equal(
            "Loading the articles: 100,000 of 100,000 files parsed (100,000 found), now building the index.",
            page.QuerySelector("main p#status")?.TextContent);
        Assert.Null(page.QuerySelector("progress"));
    }
}
