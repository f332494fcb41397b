using AngleSharp.Dom;
using NewsReader.Web.Tests.Infrastructure;

namespace NewsReader.Web.Tests.Pages;

/// <summary>Every paged list says which page it is in its h1 and title after the first, the same way.</summary>
public sealed class PageNumberTests : IDisposable
{
    // Every story says "harbour" and names Busan, so the topic, search and section lists page too.
    private readonly SeedsFolder _seeds = new SeedsFolder();
    private readonly NewsReaderFactory _factory;

    public PageNumberTests()
    {
        for (var number = 1; number <= 12; number++)
        {
            _seeds.With($"news/story{number:00}.md", $"---\ntitle: Harbour story {number}\n---\n\nThe harbour in Busan was busy again on day {number}, with ferries from Busan arriving all morning.\n");
        }

        _factory = new NewsReaderFactory(_seeds, new Dictionary<string, string?> { ["Site:PageSize"] = "5" });
    }

    public void Dispose()
    {
        _factory.Dispose();
        _seeds.Dispose();
    }

    private async Task<IDocument> GetAsync(string path) => await Html.ParseAsync(await _factory.CreateClient().GetAsync(new Uri(path, UriKind.Relative)));

    [Fact]
    public async Task Get_FrontPageTwo_NumberInHeadingAndTitle()
    {
        var page = await GetAsync("/page/2");

        Assert.Equal("Latest articles – page 2", page.QuerySelector("h1")?.TextContent);
        Assert.Equal("Latest articles – page 2 – NewsReader", page.Title);
        Assert.Equal("Latest articles – page 2 – NewsReader", page.QuerySelector("meta[property='og:title']")?.GetAttribute("content"));
    }

    [Fact]
    public async Task Get_FrontPageOne_NoNumber()
    {
        var page = await GetAsync("/");

        Assert.Equal("Latest articles", page.QuerySelector("h1")?.TextContent);
        Assert.Equal("NewsReader", page.Title);
        Assert.Null(page.QuerySelector("h1 .page-number"));
    }

    [Theory]
    [InlineData("/topics/busan?page=2", "Busan – page 2", "Busan – page 2 – topics")]
    [InlineData("/search?q=harbour&page=2", "Search – page 2", "“harbour” – search – page 2 – NewsReader")]
    [InlineData("/sections/news?page=2", "News – page 2", "News – page 2 – NewsReader")]
    public async Task Get_OtherPagedListPageTwo_NumberInHeadingAndTitle(string path, string heading, string title)
    {
        var page = await GetAsync(path);

        Assert.Equal(heading, page.QuerySelector("h1")?.TextContent);
        Assert.Equal(title, page.Title);
    }
}
