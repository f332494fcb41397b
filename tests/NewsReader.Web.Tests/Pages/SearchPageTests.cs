using System.Net;
using System.Xml.Linq;
using NewsReader.Web.Tests.Infrastructure;

namespace NewsReader.Web.Tests.Pages;

public sealed class SearchPageTests : IDisposable
{
    private readonly SeedsFolder _seeds = new SeedsFolder()
        .WithSeed()
        .With("budget.txt", "Budget talks resume\n\nMinisters met in Pyongyang to talk about the budget.\n\nMore.")
        .With("cafe.txt", "A café in Seoul\n\nThe café owner spoke about the economy.\n\nMore.")
        .With("zh.txt", "山区小学开设天文课\n\n孩子们第一次用望远镜看到了土星环，老师说这门课每周两次。\n\n家长们也来参观。")
        .With("ja.txt", "無人駅を観光案内所に改修\n\n住民有志が山あいの無人駅を観光案内所として改修した。\n\n週末には約三百人が訪れた。");

    private readonly NewsReaderFactory _factory;

    public SearchPageTests() => _factory = new NewsReaderFactory(_seeds);

    public void Dispose()
    {
        _factory.Dispose();
        _seeds.Dispose();
    }

    private async Task<AngleSharp.Dom.IDocument> SearchAsync(string query) =>
        await Html.ParseAsync(await _factory.CreateClient().GetAsync(new Uri("/search?q=" + Uri.EscapeDataString(query), UriKind.Relative)));

    [Fact]
    public async Task Get_AnyPage_HasSearchFormThatWorksWithoutJavaScript()
    {
        var page = await Html.ParseAsync(await _factory.CreateClient().GetAsync(new Uri("/", UriKind.Relative)));

        var form = page.QuerySelector("header form[role=search]")!;
        Assert.Equal("/search", form.GetAttribute("action"));
        Assert.Equal("get", form.GetAttribute("method"));
        Assert.Equal("q", form.QuerySelector("input[type=search]")?.GetAttribute("name"));
        Assert.NotNull(form.QuerySelector("label[for=site-search-q]"));
    }

    [Theory]
    [InlineData("望远镜", "山区小学开设天文课", "望远镜")]
    [InlineData("土星", "山区小学开设天文课", "土星")]
    [InlineData("観光案内所", "無人駅を観光案内所に改修", "観光案内所")]
    public async Task Search_ChineseOrJapaneseWordInsideASentence_ArticleFirstWithTheWordMarked(string query, string headline, string marked)
    {
        var page = await SearchAsync(query);

        var first = page.QuerySelector(".search-results .teaser");
        Assert.Equal(headline, first?.QuerySelector(".teaser-headline")?.TextContent.Trim());
        Assert.Contains(marked, first!.QuerySelectorAll("mark").Select(mark => mark.TextContent));
    }

    [Fact]
    public async Task Search_KimJongUn_SeedFirstWithMarkedSnippet()
    {
        var page = await SearchAsync("Kim Jong Un");

        var first = page.QuerySelector(".search-results li")!;
        Assert.Equal("Trump Open to Meeting Kim Jong Un During Asia Trip", first.QuerySelector("h2 a")?.TextContent);
        Assert.Equal("/articles/trump-open-to-meeting-kim-jong-un-during-asia-trip", first.QuerySelector("h2 a")?.GetAttribute("href"));
        Assert.Contains("Kim", first.QuerySelectorAll("mark").Select(m => m.TextContent));
        Assert.Equal("2 min read", first.QuerySelector(".reading-time")?.TextContent);
    }

    [Theory]
    [InlineData("pyongyang", "Budget talks resume")]
    [InlineData("cafe", "A café in Seoul")]
    [InlineData("talking", "Budget talks resume")]
    [InlineData("\"talk about the budget\"", "Budget talks resume")]
    public async Task Search_FoldingStemmingAndPhrases_FindTheArticle(string query, string headline)
    {
        var page = await SearchAsync(query);

        Assert.Contains(headline, page.Texts(".search-results h2"));
    }

    [Fact]
    public async Task Search_Misspelling_OffersCloseSpelling()
    {
        var page = await SearchAsync("Kim Jong Uun");

        Assert.Empty(page.QuerySelectorAll(".search-results li"));
        Assert.Equal("Kim Jong Un", page.QuerySelector(".search-suggestion a")?.TextContent);
    }

    [Theory]
    [InlineData("<script>alert(1)</script>")]
    [InlineData("!!!...???")]
    [InlineData("\"")]
    public async Task Search_HostileQuery_EchoedSafely(string query)
    {
        var response = await _factory.CreateClient().GetAsync(new Uri("/search?q=" + Uri.EscapeDataString(query), UriKind.Relative));
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.DoesNotContain("<script>alert", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Search_TenThousandCharacters_Answers()
    {
        var response = await _factory.CreateClient().GetAsync(new Uri("/search?q=" + new string('a', 10_000), UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task OpenSearch_DescribesSearchUrlAndIsAdvertised()
    {
        var client = _factory.CreateClient();
        var page = await Html.ParseAsync(await client.GetAsync(new Uri("/", UriKind.Relative)));
        var link = page.QuerySelector("link[rel=search][type='application/opensearchdescription+xml']")!;

        var xml = XDocument.Parse(await client.GetStringAsync(new Uri(link.GetAttribute("href")!, UriKind.Relative)));

        XNamespace os = "http://a9.com/-/spec/opensearch/1.1/";
        Assert.Equal("http://localhost/search?q={searchTerms}", xml.Root!.Element(os + "Url")?.Attribute("template")?.Value);
    }
}
