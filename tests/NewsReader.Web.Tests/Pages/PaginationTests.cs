using System.Net;
using NewsReader.Web.Tests.Infrastructure;

namespace NewsReader.Web.Tests.Pages;

public sealed class PaginationTests : IDisposable
{
    private readonly SeedsFolder _seeds = new SeedsFolder().WithStories(25);
    private readonly NewsReaderFactory _factory;

    public PaginationTests() =>
        _factory = new NewsReaderFactory(_seeds, new Dictionary<string, string?> { ["Site:PageSize"] = "10" });

    public void Dispose()
    {
        _factory.Dispose();
        _seeds.Dispose();
    }

    [Fact]
    public async Task Get_FirstPage_LinksOnlyToNext()
    {
        var document = await Html.ParseAsync(await _factory.CreateClient().GetAsync(new Uri("/", UriKind.Relative)));

        Assert.Equal(10, document.QuerySelectorAll(".article-list > li").Length);
        Assert.Equal("/page/2", document.QuerySelector("head link[rel=next]")?.GetAttribute("href"));
        Assert.Equal("/page/2", document.QuerySelector(".pager a[rel=next]")?.GetAttribute("href"));
        Assert.Null(document.QuerySelector("link[rel=prev], a[rel=prev]"));
        Assert.Equal("Page 1 of 3", document.QuerySelector(".pager-position")?.TextContent);
    }

    [Fact]
    public async Task Get_MiddlePage_LinksBothWaysAndListsTheNextTen()
    {
        var response = await _factory.CreateClient().GetAsync(new Uri("/page/2", UriKind.Relative));
        var document = await Html.ParseAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Story number 11", document.Texts(".article-list h2")[0]);
        Assert.Equal("/", document.QuerySelector("head link[rel=prev]")?.GetAttribute("href"));
        Assert.Equal("/page/3", document.QuerySelector("head link[rel=next]")?.GetAttribute("href"));
        Assert.Equal("Latest articles – page 2 – NewsReader", document.Title);
    }

    [Fact]
    public async Task Get_LastPage_LinksOnlyBackAndHoldsTheRest()
    {
        var document = await Html.ParseAsync(await _factory.CreateClient().GetAsync(new Uri("/page/3", UriKind.Relative)));

        Assert.Equal(["Story number 21", "Story number 22", "Story number 23", "Story number 24", "Story number 25"], document.Texts(".article-list h2"));
        Assert.Equal("/page/2", document.QuerySelector(".pager a[rel=prev]")?.GetAttribute("href"));
        Assert.Null(document.QuerySelector("link[rel=next], a[rel=next]"));
    }

    [Fact]
    public async Task Get_PageOne_RedirectsPermanentlyToFrontPage()
    {
        var response = await _factory.CreateNonRedirectingClient().GetAsync(new Uri("/page/1", UriKind.Relative));

        Assert.Equal(HttpStatusCode.MovedPermanently, response.StatusCode);
        Assert.Equal("/", response.Headers.Location?.OriginalString);
    }

    [Theory]
    [InlineData("/page/4")]
    [InlineData("/page/0")]
    [InlineData("/page/-1")]
    [InlineData("/page/99999999999")]
    [InlineData("/page/two")]
    public async Task Get_PageOutOfRange_NotFound(string path)
    {
        var response = await _factory.CreateClient().GetAsync(new Uri(path, UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
