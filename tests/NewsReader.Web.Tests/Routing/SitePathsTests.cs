using System.Globalization;
using System.Reflection;
using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.Abstractions;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Routing.Template;
using Microsoft.AspNetCore.StaticAssets;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.DependencyInjection;
using NewsReader.Parsing;
using NewsReader.Search;
using NewsReader.Web.Routing;
using NewsReader.Web.Tests.Infrastructure;

namespace NewsReader.Web.Tests.Routing;

/// <summary>
/// <see cref="SitePaths"/> is the one place for the site's paths: its route constants are what the
/// app really maps (Razor's <c>@page</c> directives repeat them as literals, so a drift between
/// the two must fail here), and its links are encoded so that they route back to the same value.
/// </summary>
public sealed class SitePathsTests : IDisposable
{
    private readonly SeedsFolder _seeds = new SeedsFolder().WithSeed();

    public void Dispose() => _seeds.Dispose();

    [Fact]
    public void RouteConstants_All_AreMappedEndpointPatterns()
    {
        var mapped = MappedPatterns().Select(endpoint => Normalize(endpoint.RoutePattern.RawText)).ToHashSet();

        var missing = RouteConstants().Where(route => !mapped.Contains(Normalize(route.Value))).Select(route => $"{route.Name} = {route.Value}");

        Assert.Empty(missing);
    }

    [Fact]
    public void MappedEndpoints_All_AreSitePathsRoutes()
    {
        var routes = RouteConstants().Select(route => Normalize(route.Value)).ToHashSet();
        var prefixes = Constants().Where(c => c.Name.EndsWith("Prefix", StringComparison.Ordinal)).Select(c => Normalize(c.Value) + "/").ToList();

        var literal = MappedPatterns()
            .Where(endpoint => !IsRazorDefaultRoute(endpoint))
            .Select(endpoint => Normalize(endpoint.RoutePattern.RawText))
            .Where(pattern => !routes.Contains(pattern) && !prefixes.Exists(prefix => pattern.StartsWith(prefix, StringComparison.Ordinal)));

        Assert.Empty(literal);
    }

    [Theory]
    [InlineData("/Index", new[] { SitePaths.Home, SitePaths.FrontPageRoute })]
    [InlineData("/Articles/Article", new[] { SitePaths.ArticleRoute })]
    [InlineData("/Topics/Index", new[] { SitePaths.TopicsRoute })]
    [InlineData("/Topics/Topic", new[] { SitePaths.TopicRoute })]
    [InlineData("/Search", new[] { SitePaths.SearchRoute })]
    [InlineData("/Sections/Index", new[] { SitePaths.Sections })]
    [InlineData("/Sections/Section", new[] { SitePaths.SectionRoute })]
    [InlineData("/Status", new[] { SitePaths.Status })]
    [InlineData("/Offline", new[] { SitePaths.Offline })]
    [InlineData("/Errors/Status", new[] { SitePaths.ErrorRoute })]
    [InlineData("/Archive/Index", new[] { SitePaths.Archive })]
    [InlineData("/Archive/Month", new[] { SitePaths.ArchiveMonthRoute, SitePaths.ArchiveMonthPageRoute })]
    [InlineData("/Authors/Author", new[] { SitePaths.AuthorRoute, SitePaths.AuthorPageRoute })]
    public void PageDirective_Page_EqualsSitePathsConstant(string page, string[] expected)
    {
        var patterns = MappedPatterns()
            .Where(endpoint => PageOf(endpoint)?.ViewEnginePath == page && !IsRazorDefaultRoute(endpoint))
            .Select(endpoint => Normalize(endpoint.RoutePattern.RawText))
            .Order(StringComparer.Ordinal);

        Assert.Equal(expected.Select(Normalize).Order(StringComparer.Ordinal), patterns);
    }

    public static TheoryData<string, string, string> Links => new()
    {
        { SitePaths.FrontPage(1), SitePaths.Home, "/" },
        { SitePaths.FrontPage(12), SitePaths.FrontPageRoute, "/page/12" },
        { SitePaths.Article("city-council-votes"), SitePaths.ArticleRoute, "/articles/city-council-votes" },
        { SitePaths.Article("a b/c?d#e"), SitePaths.ArticleRoute, "/articles/a%20b%2Fc%3Fd%23e" },
        { SitePaths.Article("café"), SitePaths.ArticleRoute, "/articles/caf%C3%A9" },
        { SitePaths.Topics(), SitePaths.TopicsRoute, "/topics" },
        { SitePaths.Topics(1), SitePaths.TopicsRoute, "/topics" },
        { SitePaths.Topics(3), SitePaths.TopicsRoute, "/topics?page=3" },
        { SitePaths.Topic("north-korea"), SitePaths.TopicRoute, "/topics/north-korea" },
        { SitePaths.Topic("north-korea", 2), SitePaths.TopicRoute, "/topics/north-korea?page=2" },
        { SitePaths.Topic("c#/f#", 2), SitePaths.TopicRoute, "/topics/c%23%2Ff%23?page=2" },
        { SitePaths.TopicAtomFeed("north-korea"), SitePaths.TopicAtomFeedRoute, "/topics/north-korea/feed.atom" },
        { SitePaths.TopicRssFeed("c#/f#"), SitePaths.TopicRssFeedRoute, "/topics/c%23%2Ff%23/feed.rss" },
        { SitePaths.Search(null), SitePaths.SearchRoute, "/search?q=" },
        { SitePaths.Search("kim"), SitePaths.SearchRoute, "/search?q=kim" },
        { SitePaths.Search("fish & chips", 2), SitePaths.SearchRoute, "/search?q=fish%20%26%20chips&page=2" },
        { SitePaths.Search("a+b=c #1", 1), SitePaths.SearchRoute, "/search?q=a%2Bb%3Dc%20%231" },
        { SitePaths.Search("\"exact words\"", 3), SitePaths.SearchRoute, "/search?q=%22exact%20words%22&page=3" },
        { SitePaths.Search("Zoë", 1), SitePaths.SearchRoute, "/search?q=Zo%C3%AB" },
        { SitePaths.Search("kim", SearchFilters.None, SearchOrder.Relevance), SitePaths.SearchRoute, "/search?q=kim" },
        { SitePaths.Search(null, new SearchFilters { Section = "news-world" }, SearchOrder.Newest, 2), SitePaths.SearchRoute, "/search?q=&section=news-world&sort=date&page=2" },
        {
            SitePaths.Search("a&b", new SearchFilters { Topic = "kim-jong-un", Source = "BBC News", Section = "business", From = new DateOnly(2024, 3, 1), To = new DateOnly(2024, 3, 31) }, SearchOrder.Relevance),
            SitePaths.SearchRoute,
            "/search?q=a%26b&topic=kim-jong-un&source=BBC%20News&section=business&from=2024-03-01&to=2024-03-31"
        },
        { SitePaths.Section("business"), SitePaths.SectionRoute, "/sections/business" },
        { SitePaths.Section("news-world", 3), SitePaths.SectionRoute, "/sections/news-world?page=3" },
        { SitePaths.SectionAtomFeed("business"), SitePaths.SectionAtomFeedRoute, "/sections/business/feed.atom" },
        { SitePaths.SectionRssFeed("business"), SitePaths.SectionRssFeedRoute, "/sections/business/feed.rss" },
        { SitePaths.ShortLink("87e463ba83310d3b"), SitePaths.ShortLinkRoute, "/a/87e463ba83310d3b" },
        { SitePaths.Card("87e463ba83310d3b", "0a1b2c3d4e"), SitePaths.CardRoute, "/cards/87e463ba83310d3b-0a1b2c3d4e.png" },
        { SitePaths.Card("site", "0a1b2c3d4e"), SitePaths.CardRoute, "/cards/site-0a1b2c3d4e.png" },
        { SitePaths.SitemapPart(7), SitePaths.SitemapPartRoute, "/sitemaps/7.xml" },
        { SitePaths.Icon("maskable-512"), SitePaths.IconRoute, "/icons/maskable-512.png" },
        { SitePaths.ApiArticle("87e463ba83310d3b"), SitePaths.ApiArticleRoute, "/api/articles/87e463ba83310d3b" },
        { SitePaths.Error(404), SitePaths.ErrorRoute, "/errors/404" },
        { SitePaths.ArchiveMonth(2024, 3), SitePaths.ArchiveMonthRoute, "/archive/2024/03" },
        { SitePaths.ArchiveMonth(2024, 3, 1), SitePaths.ArchiveMonthRoute, "/archive/2024/03" },
        { SitePaths.ArchiveMonth(2024, 12, 2), SitePaths.ArchiveMonthPageRoute, "/archive/2024/12/page/2" },
        { SitePaths.ArchiveMonthAtomFeed(2024, 3), SitePaths.ArchiveMonthAtomFeedRoute, "/archive/2024/03/feed.atom" },
        { SitePaths.ArchiveMonthRssFeed(999, 3), SitePaths.ArchiveMonthRssFeedRoute, "/archive/0999/03/feed.rss" },
        { SitePaths.Author("ann-lee"), SitePaths.AuthorRoute, "/authors/ann-lee" },
        { SitePaths.Author("ann-lee", 3), SitePaths.AuthorPageRoute, "/authors/ann-lee/page/3" },
        { SitePaths.Author("a/b"), SitePaths.AuthorRoute, "/authors/a%2Fb" },
        { SitePaths.AuthorAtomFeed("ann-lee"), SitePaths.AuthorAtomFeedRoute, "/authors/ann-lee/feed.atom" },
        { SitePaths.AuthorRssFeed("ann-lee"), SitePaths.AuthorRssFeedRoute, "/authors/ann-lee/feed.rss" },
        { MediaPaths.Resolve("2026/post.md", "images/chart one.png")!, SitePaths.MediaRoute, "/media/2026/images/chart%20one.png" },
    };

    [Theory]
    [MemberData(nameof(Links))]
    public void LinkBuilder_Row_IsExpectedAndMatchesItsRoute(string link, string route, string expected)
    {
        Assert.Equal(expected, link);
        Assert.True(Match(route, link) is not null, $"{link} does not match {route}");
    }

    [Theory]
    [InlineData("a b/c?d#e")]
    [InlineData("%2F..%2F")]
    [InlineData("Zoë Šťastná")]
    public void Article_OddSlug_RoutesBackAsOneSegment(string slug)
    {
        var values = Match(SitePaths.ArticleRoute, SitePaths.Article(slug));

        Assert.Equal(slug, Uri.UnescapeDataString((string)values!["slug"]!));
    }

    [Theory]
    [InlineData("fish & chips")]
    [InlineData("a+b=c&page=9")]
    [InlineData("“quotes” #tag 100%")]
    [InlineData("")]
    public void Search_OddQuery_ReadsBackAsTheSameWords(string words)
    {
        var query = QueryHelpers.ParseQuery(new Uri("http://localhost" + SitePaths.Search(words, 2)).Query);

        Assert.Equal(words, query[SitePaths.SearchQueryParameter].ToString());
        Assert.Equal("2", query[SitePaths.PageParameter].ToString());
    }

    [Fact]
    public void Formats_AgreeWithTheirRoutes()
    {
        Assert.Equal(SitePaths.Error(500), string.Format(CultureInfo.InvariantCulture, CompositeFormat.Parse(SitePaths.ErrorFormat), 500));
        Assert.Equal(MediaPaths.Prefix, SitePaths.MediaSegment + "/");
        Assert.Equal("/search?q={searchTerms}", SitePaths.SearchTemplate("{searchTerms}"));
    }

    private static IEnumerable<(string Name, string Value)> Constants() =>
        typeof(SitePaths).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(field => field.IsLiteral && field.GetRawConstantValue() is string value && value.StartsWith('/'))
            .Select(field => (field.Name, (string)field.GetRawConstantValue()!));

    /// <summary>By the naming rule SitePaths states: every '/' constant but prefixes and formats is a route.</summary>
    private static IEnumerable<(string Name, string Value)> RouteConstants() =>
        Constants().Where(c => !c.Name.EndsWith("Prefix", StringComparison.Ordinal) && !c.Name.EndsWith("Format", StringComparison.Ordinal));

    /// <summary>
    /// The app's own routes. Static assets (files under wwwroot, by file name) and the framework's
    /// fallback for files (ordered last) are not site paths.
    /// </summary>
    private List<RouteEndpoint> MappedPatterns()
    {
        using var factory = new NewsReaderFactory(_seeds);
        return factory.Services.GetRequiredService<EndpointDataSource>().Endpoints
            .OfType<RouteEndpoint>()
            .Where(endpoint => endpoint.Metadata.GetMetadata<StaticAssetDescriptor>() is null && endpoint.Order != int.MaxValue)
            .ToList();
    }

    private static PageActionDescriptor? PageOf(Endpoint endpoint) => endpoint.Metadata.GetMetadata<ActionDescriptor>() as PageActionDescriptor;

    /// <summary>Razor also routes every page at its file path (<c>/Index</c>); the site never links there.</summary>
    private static bool IsRazorDefaultRoute(RouteEndpoint endpoint) =>
        PageOf(endpoint) is { } page && Normalize(endpoint.RoutePattern.RawText) == page.ViewEnginePath.Trim('/');

    private static string Normalize(string? pattern) => (pattern ?? "").Trim('/');

    private static RouteValueDictionary? Match(string route, string link)
    {
        var values = new RouteValueDictionary();
        var path = link.Split('?')[0];
        return new TemplateMatcher(TemplateParser.Parse(route), []).TryMatch(new PathString(path), values) ? values : null;
    }
}
