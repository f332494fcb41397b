using NewsReader.Web.Tests.Infrastructure;

namespace NewsReader.Web.Tests.Archives;

/// <summary>An article page leads to its authors' pages and to the month it was published in.</summary>
public sealed class ArticleLinksTests : IDisposable
{
    private readonly SeedsFolder _seeds = ArchiveSeeds.Create()
        .With("french.md", "---\ntitle: Le marché d'hiver\ndate: 2024-01-05T10:00:00+01:00\nauthor: Zoë Šťastná\nlang: fr\n---\n\nLe marché a ouvert ses portes samedi matin sur le quai.\n")
        .With("trio.md", "---\ntitle: Three reporters on the quay\nauthors: [Ann Lee, Ben Okafor, Cy Young]\n---\n\nThree of them wrote this.\n");

    private readonly NewsReaderFactory _factory;

    public ArticleLinksTests() => _factory = new NewsReaderFactory(_seeds, ArchiveSeeds.Settings);

    public void Dispose()
    {
        _factory.Dispose();
        _seeds.Dispose();
    }

    [Fact]
    public async Task Get_ArticleWithTwoAuthors_EachNameLinksToItsPage()
    {
        var page = await Html.ParseAsync(await _factory.CreateClient().GetAsync(new Uri("/articles/ferry-adds-a-sunday-crossing", UriKind.Relative)));

        var links = page.QuerySelectorAll(".byline-names a").Select(a => (a.TextContent, a.GetAttribute("href"))).ToList();
        Assert.Equal([("Ann Lee", "/authors/ann-lee"), ("Ben Okafor", "/authors/ben-okafor")], links);
        Assert.Equal("Ann Lee and Ben Okafor", page.QuerySelector(".byline-names")?.TextContent.Trim());
    }

    [Fact]
    public async Task Get_ArticleWithThreeAuthors_JoinedAsTheBylineWasWritten()
    {
        var page = await Html.ParseAsync(await _factory.CreateClient().GetAsync(new Uri("/articles/three-reporters-on-the-quay", UriKind.Relative)));

        Assert.Equal("Ann Lee, Ben Okafor and Cy Young", page.QuerySelector(".byline-names")?.TextContent);
        Assert.Equal(3, page.QuerySelectorAll(".byline-names a.author-link").Length);
    }

    [Fact]
    public async Task Get_Article_DateLinksToItsMonth()
    {
        var page = await Html.ParseAsync(await _factory.CreateClient().GetAsync(new Uri("/articles/harbour-crane-arrives", UriKind.Relative)));

        var link = page.QuerySelector(".source a.archive-link");
        Assert.Equal("/archive/2024/03", link?.GetAttribute("href"));
        Assert.Equal("12 Mar 2024", link?.QuerySelector("time.published")?.TextContent);
    }

    [Fact]
    public async Task Get_ArticleDatedLateWithAnOffset_LinksToTheMonthItShows()
    {
        var page = await Html.ParseAsync(await _factory.CreateClient().GetAsync(new Uri("/articles/late-night-vote-on-the-budget", UriKind.Relative)));

        Assert.Equal("30 Apr 2024", page.QuerySelector("time.published")?.TextContent);
        Assert.Equal("/archive/2024/04", page.QuerySelector("a.archive-link")?.GetAttribute("href"));
    }

    [Fact]
    public async Task Get_ForeignArticle_NameKeepsTheArticlesLanguage()
    {
        var page = await Html.ParseAsync(await _factory.CreateClient().GetAsync(new Uri("/articles/le-marche-dhiver", UriKind.Relative)));

        var names = page.QuerySelector(".byline-names");
        Assert.Equal("fr", names?.GetAttribute("lang"));
        Assert.Equal("/authors/zoe-stastna", names?.QuerySelector("a")?.GetAttribute("href"));
        Assert.Equal("en", page.QuerySelector(".article-header .meta")?.GetAttribute("lang"));
    }

    [Fact]
    public async Task Get_UndatedArticle_NoArchiveLink()
    {
        var page = await Html.ParseAsync(await _factory.CreateClient().GetAsync(new Uri("/articles/notes-from-the-quay", UriKind.Relative)));

        Assert.Null(page.QuerySelector("a.archive-link"));
        Assert.Equal("/authors/ann-lee", page.QuerySelector(".byline-names a")?.GetAttribute("href"));
    }
}
