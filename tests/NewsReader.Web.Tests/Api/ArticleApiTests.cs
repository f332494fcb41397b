using System.Net;
using System.Text.Json;
using NewsReader.Web.Tests.Infrastructure;

namespace NewsReader.Web.Tests.Api;

public sealed class ArticleApiTests : IDisposable
{
    private readonly SeedsFolder _seeds = new SeedsFolder().WithSeed().WithStories(24);
    private readonly NewsReaderFactory _factory;

    public ArticleApiTests() => _factory = new NewsReaderFactory(_seeds);

    public void Dispose()
    {
        _factory.Dispose();
        _seeds.Dispose();
    }

    private async Task<(HttpResponseMessage Response, JsonElement Json)> GetJsonAsync(string path)
    {
        var response = await _factory.CreateClient().GetAsync(new Uri(path, UriKind.Relative));
        using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return (response, document.RootElement.Clone());
    }

    [Fact]
    public async Task List_Defaults_FirstTwentyWithTotals()
    {
        var (response, json) = await GetJsonAsync("/api/articles");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(1, json.GetProperty("page").GetInt32());
        Assert.Equal(20, json.GetProperty("pageSize").GetInt32());
        Assert.Equal(25, json.GetProperty("totalCount").GetInt32());
        Assert.Equal(2, json.GetProperty("totalPages").GetInt32());
        var first = json.GetProperty("items")[0];
        Assert.Equal(20, json.GetProperty("items").GetArrayLength());
        Assert.Equal("87e463ba83310d3b", first.GetProperty("id").GetString());
        Assert.Equal("trump-open-to-meeting-kim-jong-un-during-asia-trip", first.GetProperty("slug").GetString());
        Assert.Equal("http://localhost/articles/trump-open-to-meeting-kim-jong-un-during-asia-trip", first.GetProperty("url").GetString());
        Assert.Equal("Trump Open to Meeting Kim Jong Un During Asia Trip", first.GetProperty("title").GetString());
        Assert.Equal(JsonValueKind.Null, first.GetProperty("published").ValueKind);
    }

    [Theory]
    [InlineData("?page=2&pageSize=10", 10, "Story number 10")]
    [InlineData("?page=3&pageSize=10", 5, "Story number 20")]
    [InlineData("?page=4&pageSize=10", 0, null)]
    [InlineData("?page=1&pageSize=100", 25, "Trump Open to Meeting Kim Jong Un During Asia Trip")]
    [InlineData("?page=2147483647&pageSize=100", 0, null)]
    public async Task List_PagingEdges_ReturnsTheRightSlice(string query, int count, string? firstTitle)
    {
        var (response, json) = await GetJsonAsync("/api/articles" + query);

        var items = json.GetProperty("items");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(count, items.GetArrayLength());
        Assert.Equal(25, json.GetProperty("totalCount").GetInt32());
        if (firstTitle is not null)
        {
            Assert.Equal(firstTitle, items[0].GetProperty("title").GetString());
        }
    }

    [Theory]
    [InlineData("?page=0", "page")]
    [InlineData("?page=-1", "page")]
    [InlineData("?page=abc", "page")]
    [InlineData("?page=1.5", "page")]
    [InlineData("?pageSize=0", "pageSize")]
    [InlineData("?pageSize=101", "pageSize")]
    [InlineData("?pageSize=99999999999999", "pageSize")]
    public async Task List_InvalidPaging_ProblemDetails400(string query, string parameter)
    {
        var (response, json) = await GetJsonAsync("/api/articles" + query);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(400, json.GetProperty("status").GetInt32());
        Assert.Equal(parameter, json.GetProperty("parameter").GetString());
        Assert.Contains(parameter, json.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.True(json.TryGetProperty("type", out _));
    }

    [Fact]
    public async Task Get_Seed_EveryFieldWithNullsForWhatIsUnknown()
    {
        var (response, json) = await GetJsonAsync("/api/articles/87e463ba83310d3b");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("87e463ba83310d3b", json.GetProperty("id").GetString());
        Assert.Equal("Trump Open to Meeting Kim Jong Un During Asia Trip", json.GetProperty("title").GetString());
        Assert.StartsWith("Former U.S. President", json.GetProperty("standfirst").GetString(), StringComparison.Ordinal);
        Assert.Equal(406, json.GetProperty("wordCount").GetInt32());
        Assert.Equal(2, json.GetProperty("readingMinutes").GetInt32());
        Assert.Equal("000_87e463ba83310d3b.txt", json.GetProperty("source").GetString());
        foreach (var unknown in (string[])["byline", "published", "updated", "siteName", "originalUrl", "language", "tags"])
        {
            Assert.Equal(JsonValueKind.Null, json.GetProperty(unknown).ValueKind);
        }

        var text = json.GetProperty("bodyText").GetString()!;
        Assert.Equal(11, text.Split("\n\n").Length);
        Assert.Contains("“I would [meet him].", text, StringComparison.Ordinal);
        var html = json.GetProperty("bodyHtml").GetString()!;
        Assert.Equal(11, html.Split("<p").Length - 1);
    }

    [Fact]
    public async Task Get_ArticleWithMarkup_BodyHtmlIsEncoded()
    {
        _seeds.With("evil.txt", "Evil\n\n<img src=x onerror=alert(1)> and <script>bad()</script>\n\nMore.");
        using var factory = new NewsReaderFactory(_seeds);
        var list = await factory.CreateClient().GetStringAsync(new Uri("/api/articles?pageSize=100", UriKind.Relative));
        var id = JsonDocument.Parse(list).RootElement.GetProperty("items").EnumerateArray()
            .Single(item => item.GetProperty("title").GetString() == "Evil").GetProperty("id").GetString();

        using var json = JsonDocument.Parse(await factory.CreateClient().GetStringAsync(new Uri($"/api/articles/{id}", UriKind.Relative)));

        var html = json.RootElement.GetProperty("bodyHtml").GetString()!;
        Assert.DoesNotContain("<img", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", html, StringComparison.Ordinal);
        Assert.Contains("&lt;img src=x onerror=alert(1)&gt;", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_SavedPage_NamesItsSiteOriginalAndDates()
    {
        _seeds.With("saved.html", """
            <!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Harbour bridge reopens after repairs | The Gazette</title>
            <meta property="og:site_name" content="The Gazette"><link rel="canonical" href="https://gazette.example/news/bridge">
            <meta property="article:published_time" content="2024-03-01T09:00:00Z"><meta property="article:modified_time" content="2024-03-02T10:30:00Z"></head>
            <body><article><h1>Harbour bridge reopens after repairs</h1>
            <p>The harbour bridge reopened to traffic on Friday morning after eight months of repairs to its steel deck and cables.</p>
            <p>Engineers said the work had come in under budget, and the council thanked drivers for their patience during the detours.</p>
            <p>Cyclists will have a separate lane from next week, once the last barriers have been taken down and the paint has dried.</p>
            </article></body></html>
            """);
        using var factory = new NewsReaderFactory(_seeds);
        var list = await factory.CreateClient().GetStringAsync(new Uri("/api/articles?pageSize=100", UriKind.Relative));
        var id = JsonDocument.Parse(list).RootElement.GetProperty("items").EnumerateArray()
            .Single(item => item.GetProperty("title").GetString() == "Harbour bridge reopens after repairs").GetProperty("id").GetString();

        using var json = JsonDocument.Parse(await factory.CreateClient().GetStringAsync(new Uri($"/api/articles/{id}", UriKind.Relative)));

        var root = json.RootElement;
        Assert.Equal("The Gazette", root.GetProperty("siteName").GetString());
        Assert.Equal("https://gazette.example/news/bridge", root.GetProperty("originalUrl").GetString());
        Assert.Equal(new DateTimeOffset(2024, 3, 1, 9, 0, 0, TimeSpan.Zero), root.GetProperty("published").GetDateTimeOffset());
        Assert.Equal(new DateTimeOffset(2024, 3, 2, 10, 30, 0, TimeSpan.Zero), root.GetProperty("updated").GetDateTimeOffset());
    }

    [Theory]
    [InlineData("/api/articles/ffffffffffffffff")]
    [InlineData("/api/articles/87e463ba83310d3b/extra")]
    [InlineData("/api/nothing-here")]
    public async Task Get_Unknown_ProblemDetails404(string path)
    {
        var (response, json) = await GetJsonAsync(path);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(404, json.GetProperty("status").GetInt32());
    }

    [Fact]
    public async Task Get_OpenApiDocument_DescribesBothEndpoints()
    {
        var (response, json) = await GetJsonAsync("/openapi/v1.json");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.StartsWith("3.", json.GetProperty("openapi").GetString(), StringComparison.Ordinal);
        var paths = json.GetProperty("paths");
        Assert.True(paths.TryGetProperty("/api/articles", out _));
        Assert.True(paths.TryGetProperty("/api/articles/{id}", out _));
    }
}
