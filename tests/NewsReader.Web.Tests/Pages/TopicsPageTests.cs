using System.Net;
using CodeHollow.FeedReader;
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

        var first = page.QuerySelectorAll(".topic-all .topic-cloud a").Take(2).Select(a => a.GetAttribute("href")).ToList();
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
        // 25 files tagged with 6 topics each: 150 topics, more than one page holds.
        using var seeds = new SeedsFolder();
        for (var file = 0; file < 25; file++)
        {
            var tags = string.Join('\n', Enumerable.Range(0, 6).Select(t => $"  - Tag {file:00}-{t:00}"));
            seeds.With($"tagged-{file:00}.md", $"---\ntitle: Tagged {file}\ntags:\n{tags}\n---\n\nBody text.\n");
        }

        using var factory = new NewsReaderFactory(seeds);
        var client = factory.CreateClient();
        var first = await Html.ParseAsync(await client.GetAsync(new Uri("/topics", UriKind.Relative)));
        var second = await Html.ParseAsync(await client.GetAsync(new Uri("/topics?page=2", UriKind.Relative)));

        Assert.Equal(Web.Pages.Topics.IndexModel.TopicsPerPage, first.QuerySelectorAll(".topic-all .topic-cloud a").Length);
        Assert.Equal(150 - Web.Pages.Topics.IndexModel.TopicsPerPage, second.QuerySelectorAll(".topic-all .topic-cloud a").Length);
        Assert.Empty(second.QuerySelectorAll(".topic-kind"));
        Assert.Equal("/topics?page=2", first.QuerySelector("link[rel=next]")?.GetAttribute("href"));
        Assert.Equal("/topics", second.QuerySelector(".pager a[rel=prev]")?.GetAttribute("href"));
        Assert.Equal("Page 2 of 2", second.QuerySelector(".pager-position")?.TextContent);
    }

    [Fact]
    public async Task Get_Topics_OpensWithMostUsedByKindWithCounts()
    {
        using var seeds = new SeedsFolder()
            .With("a.md", "---\ntitle: Rates held\ntags:\n  - Economy\n---\n\nThe Bank of England held rates in London, Mervyn King said.\n")
            .With("b.md", "---\ntitle: Rates again\ntags:\n  - Economy\n---\n\nMervyn King said the Bank of England would wait. Traders in London and Paris agreed.\n")
            .With("c.txt", "Markets calm\n\nTraders in Paris watched the Bank of England.\n\nMore.");
        using var factory = new NewsReaderFactory(seeds);

        var page = await Html.ParseAsync(await factory.CreateClient().GetAsync(new Uri("/topics", UriKind.Relative)));

        Assert.Equal(["People", "Places", "Organisations", "Subjects", "All topics (5)"], page.Texts("main h2"));
        var chips = page.QuerySelectorAll(".topic-kind").ToDictionary(
            kind => kind.QuerySelector("h2")!.TextContent,
            kind => kind.QuerySelectorAll("a").Select(a => (a.GetAttribute("href"), a.TextContent)).ToList());
        Assert.Equal([("/topics/mervyn-king", "Mervyn King 2 articles")], chips["People"]);
        Assert.Equal([("/topics/london", "London 2 articles"), ("/topics/paris", "Paris 2 articles")], chips["Places"]);
        Assert.Equal([("/topics/bank-of-england", "Bank of England 3 articles")], chips["Organisations"]);
        Assert.Equal([("/topics/economy", "Economy 2 articles")], chips["Subjects"]);
    }

    [Theory]
    [InlineData("/topics/kim-jong-un/feed.atom", "application/atom+xml", FeedType.Atom)]
    [InlineData("/topics/kim-jong-un/feed.rss", "application/rss+xml", FeedType.Rss_2_0)]
    public async Task Get_TopicFeed_ValidFeedOfTheTopicsArticles(string path, string mediaType, FeedType type)
    {
        var client = _factory.CreateClient();
        var topicPage = await Html.ParseAsync(await client.GetAsync(new Uri("/topics/kim-jong-un", UriKind.Relative)));
        var response = await client.GetAsync(new Uri(path, UriKind.Relative));

        var feed = FeedReader.ReadFromString(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(mediaType, response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(type, feed.Type);
        Assert.Equal("Kim Jong Un – NewsReader", feed.Title);
        Assert.Equal(["Trump Open to Meeting Kim Jong Un During Asia Trip", "Summit ends"], feed.Items.Select(i => i.Title));
        Assert.Equal(path, topicPage.QuerySelector($"link[rel=alternate][type='{mediaType}'][href='{path}']")?.GetAttribute("href"));
        Assert.Contains(path, topicPage.QuerySelectorAll(".search-summary a").Select(a => a.GetAttribute("href")));
    }

    [Fact]
    public async Task Get_TopicFeed_UnknownTopic_NotFound()
    {
        var response = await _factory.CreateClient().GetAsync(new Uri("/topics/no-such-topic/feed.atom", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
