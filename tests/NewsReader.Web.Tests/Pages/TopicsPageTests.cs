using System.Net;
using NewsReader.Web.Tests.Infrastructure;

namespace NewsReader.Web.Tests.Pages;

public sealed class TopicsPageTests : IDisposable
{
    private readonly SeedsFolder _seeds = new SeedsFolder()
        .WithSeed()
        .With("busan.txt", "Summit ends\n\nLeaders left Busan after Kim Jong Un met Donald Trump.\n\nMore.");

    private readonly NewsReaderFactory _factory;

    public TopicsPageTests() => _factory = new NewsReaderFactory(_seeds);

    public void Dispose()
    {
        _factory.Dispose();
        _seeds.Dispose();
    }

    [Fact]
    public async Task Get_Article_ListsItsTopicsAsLinks()
    {
        var page = await Html.ParseAsync(await _factory.CreateClient().GetAsync(new Uri("/articles/trump-open-to-meeting-kim-jong-un-during-asia-trip", UriKind.Relative)));

        var topics = page.Texts(".topics li a");
        Assert.Contains("Donald Trump", topics);
        Assert.Contains("Kim Jong Un", topics);
        Assert.Equal("/topics/kim-jong-un", page.QuerySelectorAll(".topics li a").First(a => a.TextContent == "Kim Jong Un").GetAttribute("href"));
    }

    [Fact]
    public async Task Get_Topics_MostArticlesFirst()
    {
        var page = await Html.ParseAsync(await _factory.CreateClient().GetAsync(new Uri("/topics", UriKind.Relative)));

        var first = page.QuerySelectorAll(".topic-cloud a").Take(2).Select(a => a.GetAttribute("href")).ToList();
        Assert.Contains("/topics/donald-trump", first);
        Assert.Contains("/topics/kim-jong-un", first);
    }

    [Fact]
    public async Task Get_Topic_ListsItsArticles()
    {
        var page = await Html.ParseAsync(await _factory.CreateClient().GetAsync(new Uri("/topics/kim-jong-un", UriKind.Relative)));

        Assert.Equal("Kim Jong Un", page.QuerySelector("h1")?.TextContent);
        Assert.Equal(["Trump Open to Meeting Kim Jong Un During Asia Trip", "Summit ends"], page.Texts(".article-list h2"));
    }

    [Theory]
    [InlineData("/topics/no-such-topic")]
    [InlineData("/topics/kim-jong-un?page=2")]
    [InlineData("/topics/kim-jong-un?page=0")]
    [InlineData("/topics?page=2")]
    [InlineData("/topics?page=0")]
    public async Task Get_UnknownTopicOrPage_NotFound(string path)
    {
        var response = await _factory.CreateClient().GetAsync(new Uri(path, UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Get_Topics_ManyTopics_PagedWithLinksBothWays()
    {
        // 13 files tagged with 25 topics each: 325 topics, more than one page holds.
        using var seeds = new SeedsFolder();
        for (var file = 0; file < 13; file++)
        {
            var tags = string.Join('\n', Enumerable.Range(0, 25).Select(t => $"  - Tag {file:00}-{t:00}"));
            seeds.With($"tagged-{file:00}.md", $"---\ntitle: Tagged {file}\ntags:\n{tags}\n---\n\nBody text.\n");
        }

        using var factory = new NewsReaderFactory(seeds);
        var client = factory.CreateClient();
        var first = await Html.ParseAsync(await client.GetAsync(new Uri("/topics", UriKind.Relative)));
        var second = await Html.ParseAsync(await client.GetAsync(new Uri("/topics?page=2", UriKind.Relative)));

        Assert.Equal(Web.Pages.Topics.IndexModel.TopicsPerPage, first.QuerySelectorAll(".topic-cloud a").Length);
        Assert.Equal(325 - Web.Pages.Topics.IndexModel.TopicsPerPage, second.QuerySelectorAll(".topic-cloud a").Length);
        Assert.Equal("/topics?page=2", first.QuerySelector("link[rel=next]")?.GetAttribute("href"));
        Assert.Equal("/topics", second.QuerySelector(".pager a[rel=prev]")?.GetAttribute("href"));
        Assert.Equal("Page 2 of 2", second.QuerySelector(".pager-position")?.TextContent);
    }
}
