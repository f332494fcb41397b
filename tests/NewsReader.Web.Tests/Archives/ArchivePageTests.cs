using System.Net;
using NewsReader.Web.Tests.Infrastructure;

namespace NewsReader.Web.Tests.Archives;

public sealed class ArchivePageTests : IDisposable
{
    private readonly SeedsFolder _seeds = ArchiveSeeds.Create();
    private readonly NewsReaderFactory _factory;

    public ArchivePageTests() => _factory = new NewsReaderFactory(_seeds, ArchiveSeeds.Settings);

    public void Dispose()
    {
        _factory.Dispose();
        _seeds.Dispose();
    }

    [Fact]
    public async Task Get_Month_ListsItsArticlesNewestFirstAndPages()
    {
        var response = await _factory.CreateClient().GetAsync(new Uri("/archive/2024/03", UriKind.Relative));
        var page = await Html.ParseAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("March 2024", page.QuerySelector("h1")?.TextContent);
        Assert.Equal("March 2024 – NewsReader", page.Title);
        Assert.Equal(["Harbour crane arrives", "Ferry adds a Sunday crossing"], page.Texts(".article-list h2"));
        Assert.Equal("/archive/2024/03/page/2", page.QuerySelector("head link[rel=next]")?.GetAttribute("href"));
        Assert.Equal("/archive/2024/03/page/2", page.QuerySelector(".pager a[rel=next]")?.GetAttribute("href"));
        Assert.Null(page.QuerySelector("link[rel=prev], a[rel=prev]"));
        Assert.Equal("http://localhost/archive/2024/03", page.QuerySelector("link[rel=canonical]")?.GetAttribute("href"));
    }

    [Fact]
    public async Task Get_MonthPageTwo_NumberInHeadingAndTitleAndLinksBack()
    {
        var page = await Html.ParseAsync(await _factory.CreateClient().GetAsync(new Uri("/archive/2024/03/page/2", UriKind.Relative)));

        Assert.Equal("March 2024 – page 2", page.QuerySelector("h1")?.TextContent);
        Assert.Equal("March 2024 – page 2 – NewsReader", page.Title);
        Assert.Equal(["Spring market opens"], page.Texts(".article-list h2"));
        Assert.Equal("/archive/2024/03", page.QuerySelector("head link[rel=prev]")?.GetAttribute("href"));
        Assert.Null(page.QuerySelector("link[rel=next], a[rel=next]"));
        Assert.Equal("http://localhost/archive/2024/03/page/2", page.QuerySelector("link[rel=canonical]")?.GetAttribute("href"));
    }

    [Fact]
    public async Task Get_Month_LinksToNearestMonthsWithArticlesSkippingEmptyOnes()
    {
        var page = await Html.ParseAsync(await _factory.CreateClient().GetAsync(new Uri("/archive/2024/03", UriKind.Relative)));

        // April holds the article dated 23:30 on 30 April at UTC−5 (1 May in UTC); February has none.
        Assert.Equal("/archive/2024/04", page.QuerySelector(".archive-months a.archive-newer")?.GetAttribute("href"));
        Assert.Equal("April 2024", page.QuerySelector(".archive-months a.archive-newer .archive-month-name")?.TextContent);
        Assert.Equal("/archive/2024/01", page.QuerySelector(".archive-months a.archive-older")?.GetAttribute("href"));
        Assert.Equal("January 2024", page.QuerySelector(".archive-months a.archive-older .archive-month-name")?.TextContent);
    }

    [Fact]
    public async Task Get_NewestAndOldestMonth_LinkOnlyOneWay()
    {
        var client = _factory.CreateClient();
        var newest = await Html.ParseAsync(await client.GetAsync(new Uri("/archive/2024/04", UriKind.Relative)));
        var oldest = await Html.ParseAsync(await client.GetAsync(new Uri("/archive/2024/01", UriKind.Relative)));

        Assert.Equal(["Late night vote on the budget"], newest.Texts(".article-list h2"));
        Assert.Null(newest.QuerySelector(".archive-newer"));
        Assert.Equal("/archive/2024/03", newest.QuerySelector(".archive-older")?.GetAttribute("href"));
        Assert.Null(oldest.QuerySelector(".archive-older"));
        Assert.Equal("/archive/2024/03", oldest.QuerySelector(".archive-newer")?.GetAttribute("href"));
    }

    [Fact]
    public async Task Get_Index_YearsAndMonthsWithCountsAndNoUndated()
    {
        var page = await Html.ParseAsync(await _factory.CreateClient().GetAsync(new Uri("/archive", UriKind.Relative)));

        Assert.Equal(["April 2024", "March 2024", "January 2024"], page.Texts(".archive-month-list a"));
        Assert.Equal(["1 article", "3 articles", "1 article"], page.Texts(".archive-month-list .archive-count"));
        Assert.Equal("/archive/2024/03", page.QuerySelectorAll(".archive-month-list a")[1].GetAttribute("href"));
        Assert.Contains("5 articles in 3 months", page.QuerySelector(".search-summary")?.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_PageOne_RedirectsPermanentlyToTheMonth()
    {
        var response = await _factory.CreateNonRedirectingClient().GetAsync(new Uri("/archive/2024/03/page/1", UriKind.Relative));

        Assert.Equal(HttpStatusCode.MovedPermanently, response.StatusCode);
        Assert.Equal("/archive/2024/03", response.Headers.Location?.OriginalString);
    }

    [Theory]
    [InlineData("/archive/2024/3", "/archive/2024/03")]
    [InlineData("/Archive/2024/03/page/2", "/archive/2024/03/page/2")]
    public async Task Get_OtherSpellingOfAMonth_RedirectsToItsOneAddress(string path, string expected)
    {
        var response = await _factory.CreateNonRedirectingClient().GetAsync(new Uri(path, UriKind.Relative));

        Assert.Equal(HttpStatusCode.MovedPermanently, response.StatusCode);
        Assert.Equal(expected, response.Headers.Location?.OriginalString);
    }

    [Theory]
    [InlineData("/archive/2024/02")]
    [InlineData("/archive/2024/13")]
    [InlineData("/archive/2024/0")]
    [InlineData("/archive/0/03")]
    [InlineData("/archive/-1/03")]
    [InlineData("/archive/99999999999/03")]
    [InlineData("/archive/2024/march")]
    [InlineData("/archive/2024/03/page/3")]
    [InlineData("/archive/2024/03/page/0")]
    [InlineData("/archive/2024/03/page/-1")]
    [InlineData("/archive/2024/03/page/99999999999")]
    [InlineData("/archive/2024")]
    [InlineData("/archive/2024/02/feed.atom")]
    [InlineData("/archive/2024/13/feed.rss")]
    public async Task Get_EmptyOrImpossibleMonthOrPage_NotFound(string path)
    {
        var response = await _factory.CreateClient().GetAsync(new Uri(path, UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Theory]
    [InlineData("/archive/2024/03/page/2")]
    [InlineData("/authors/ann-lee")]
    [InlineData("/archive")]
    public async Task Get_Twice_KeptByThePageCacheLikeATopicPage(string path)
    {
        var client = _factory.CreateClient();
        var first = await client.GetAsync(new Uri(path + "?utm_source=x", UriKind.Relative));
        using var again = new HttpRequestMessage(HttpMethod.Get, new Uri(path, UriKind.Relative));
        again.Headers.IfNoneMatch.Add(first.Headers.ETag!);

        var second = await client.SendAsync(again);

        Assert.Equal("public, max-age=60", first.Headers.CacheControl?.ToString());
        Assert.Equal(HttpStatusCode.NotModified, second.StatusCode);
    }

    [Fact]
    public async Task Get_IndexWithNoDatedArticles_SaysSoAndMonthsAreNotFound()
    {
        using var seeds = new SeedsFolder().WithStories(2);
        using var factory = new NewsReaderFactory(seeds);
        var client = factory.CreateClient();

        var index = await client.GetAsync(new Uri("/archive", UriKind.Relative));
        var month = await client.GetAsync(new Uri("/archive/2024/03", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, index.StatusCode);
        Assert.NotNull((await Html.ParseAsync(index)).QuerySelector("main .empty"));
        Assert.Equal(HttpStatusCode.NotFound, month.StatusCode);
    }

    [Fact]
    public async Task Get_Footer_LinksToTheArchive()
    {
        var page = await Html.ParseAsync(await _factory.CreateClient().GetAsync(new Uri("/", UriKind.Relative)));

        Assert.Contains("/archive", page.QuerySelectorAll(".site-footer a").Select(a => a.GetAttribute("href")));
    }
}
