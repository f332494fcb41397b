using System.Net;
using System.Text.Json;
using NewsReader.Web.Tests.Infrastructure;
using NewsReader.Web.Tests.Pages;

namespace NewsReader.Web.Tests.Api;

/// <summary>The API's list takes the search page's filters, with the same names and date format.</summary>
public sealed class ArticleApiFilterTests : IDisposable
{
    private readonly SeedsFolder _seeds = NarrowingSeeds.Create();
    private readonly NewsReaderFactory _factory;

    public ArticleApiFilterTests() => _factory = new NewsReaderFactory(_seeds);

    public void Dispose()
    {
        _factory.Dispose();
        _seeds.Dispose();
    }

    private async Task<(HttpStatusCode Status, JsonElement Json)> GetJsonAsync(string path)
    {
        var response = await _factory.CreateClient().GetAsync(new Uri(path, UriKind.Relative));
        using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return (response.StatusCode, document.RootElement.Clone());
    }

    private static List<string?> Titles(JsonElement json) => [.. json.GetProperty("items").EnumerateArray().Select(item => item.GetProperty("title").GetString())];

    [Theory]
    [InlineData("/api/articles?section=business", new[] { "Harbour budget approved", "Ferry fares rise with the budget" })]
    [InlineData("/api/articles?section=news/world", new[] { "Summit talks on the budget" })]
    [InlineData("/api/articles?source=Coast+Gazette&from=2024-03-01", new[] { "Harbour budget approved", "Council budget vote delayed" })]
    [InlineData("/api/articles?topic=harbour-board&to=2024-03-04", new[] { "Council budget vote delayed" })]
    [InlineData("/api/articles?section=sport", new string[0])]
    public async Task List_Filters_NewestFirstWithTotals(string path, string[] titles)
    {
        var (status, json) = await GetJsonAsync(path);

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(titles, Titles(json));
        Assert.Equal(titles.Length, json.GetProperty("totalCount").GetInt32());
    }

    [Theory]
    [InlineData("/api/articles?from=yesterday", "from")]
    [InlineData("/api/articles?section=business&to=2024-02-30", "to")]
    public async Task List_UnreadableDay_ProblemDetails400(string path, string parameter)
    {
        var (status, json) = await GetJsonAsync(path);

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal(parameter, json.GetProperty("parameter").GetString());
    }
}
