using System.Globalization;
using System.Text;
using NewsReader.Parsing;
using NewsReader.Search;

namespace NewsReader.Web.Routing;

/// <summary>
/// The one place for the site's paths: the route templates endpoints are mapped at, the prefixes
/// middleware matches, and the links views write. Every feature may depend on it; it depends on
/// nothing in the web project, so no loop can form through it.
/// </summary>
/// <remarks>
/// Naming says how a constant is used, and SitePathsTests checks it: every constant that starts
/// with '/' is a route pattern the app maps, except those ending in <c>Prefix</c> (a folder of
/// routes that middleware matches by segment) or <c>Format</c>. A fixed path is also its own link
/// (<see cref="AtomFeed"/>); a route whose links take values ends in <c>Route</c> and has a
/// builder of the plain name (<see cref="ArticleRoute"/>, <see cref="Article"/>). Razor's
/// <c>@page</c> directive only takes a literal, so the pages repeat their template there; the test
/// checks the two agree, and that every endpoint the app maps is named here.
/// Values are percent-encoded: a slug or id with '/', '?' or '#' stays one segment, and search
/// words stay one query value.
/// </remarks>
public static class SitePaths
{
    // Pages (Razor; the template is also in the page's @page directive).
    public const string Home = "/";
    public const string FrontPageRoute = "/page/{pageNumber:int}";
    public const string ArticleRoute = "/articles/{slug}";
    public const string TopicsRoute = "/topics";
    public const string TopicRoute = "/topics/{slug}";
    public const string SearchRoute = "/search";
    public const string Sections = "/sections";
    public const string SectionRoute = "/sections/{slug}";
    public const string Status = "/status";
    public const string Offline = "/offline";
    public const string ErrorRoute = "/errors/{code:int}";

    // Archives by month and pages per author, paged by path like the front page (page 1 has none).
    public const string Archive = "/archive";
    public const string ArchiveMonthRoute = "/archive/{year:int}/{month:int}";
    public const string ArchiveMonthPageRoute = ArchiveMonthRoute + "/page/{pageNumber:int}";
    public const string ArchiveMonthAtomFeedRoute = ArchiveMonthRoute + "/feed.atom";
    public const string ArchiveMonthRssFeedRoute = ArchiveMonthRoute + "/feed.rss";
    public const string AuthorRoute = "/authors/{slug}";
    public const string AuthorPageRoute = AuthorRoute + "/page/{pageNumber:int}";
    public const string AuthorAtomFeedRoute = AuthorRoute + "/feed.atom";
    public const string AuthorRssFeedRoute = AuthorRoute + "/feed.rss";

    /// <summary>For <c>UseStatusCodePagesWithReExecute</c>: <c>{0}</c> is the status code.</summary>
    public const string ErrorFormat = "/errors/{0}";

    // Query parameters the pages read.
    public const string SearchQueryParameter = "q";
    public const string PageParameter = "page";

    // Search filters and order (SearchFilters, SearchOrder), in the order links write them.
    public const string TopicParameter = "topic";
    public const string SourceParameter = "source";
    public const string SectionParameter = "section";
    public const string FromParameter = "from";
    public const string ToParameter = "to";
    public const string SortParameter = "sort";

    /// <summary>The <c>sort</c> values: best match (the default, left out of links) and newest first.</summary>
    public const string SortByRelevance = "relevance";
    public const string SortByDate = "date";

    /// <summary>How <c>from</c> and <c>to</c> are written: what an HTML date input sends.</summary>
    public const string DayFormat = "yyyy-MM-dd";

    // Sharing.
    public const string ShortLinkRoute = "/a/{id}";
    public const string CardsPrefix = "/cards";
    public const string CardRoute = CardsPrefix + "/{name}.png";

    // Documents built from the snapshot.
    public const string AtomFeed = "/feed.atom";
    public const string RssFeed = "/feed.rss";
    public const string SectionAtomFeedRoute = "/sections/{slug}/feed.atom";
    public const string SectionRssFeedRoute = "/sections/{slug}/feed.rss";
    public const string Sitemap = "/sitemap.xml";
    public const string SitemapsPrefix = "/sitemaps";
    public const string SitemapPartRoute = SitemapsPrefix + "/{part:int}.xml";
    public const string TopicAtomFeedRoute = TopicRoute + "/feed.atom";
    public const string TopicRssFeedRoute = TopicRoute + "/feed.rss";
    public const string OpenSearch = "/opensearch.xml";
    public const string Robots = "/robots.txt";

    // The installable app shell.
    public const string Manifest = "/manifest.webmanifest";
    public const string IconRoute = "/icons/{name}.png";

    // Operations.
    public const string Healthz = "/healthz";
    public const string Readyz = "/readyz";

    // For other programs: JSON, not pages.
    public const string ApiPrefix = "/api";
    public const string ApiArticles = ApiPrefix + "/articles";
    public const string ApiArticleRoute = ApiArticles + "/{id}";
    public const string OpenApiPrefix = "/openapi";

    /// <summary>
    /// Images beside article files. The core writes this prefix into article HTML at ingestion
    /// (<see cref="MediaPaths"/>), so it owns the fact and the web refers to it.
    /// </summary>
    public const string MediaPrefix = MediaPaths.Prefix;
    public const string MediaRoute = MediaPrefix + "{**path}";

    /// <summary><see cref="MediaPrefix"/> as a segment, for <c>PathString.StartsWithSegments</c>.</summary>
    public static readonly string MediaSegment = MediaPrefix.TrimEnd('/');

    /// <summary>Pictures from other sites, fetched by the app's own proxy (signed, see ImageUrlSigner).</summary>
    public const string RemoteImagesPrefix = "/images/remote";
    public const string RemoteImageRoute = RemoteImagesPrefix + "/{signature}/{encoded}";

    /// <summary>The width (one of ImageWidths.All) of a resized copy, on media and remote images.</summary>
    public const string WidthParameter = "w";

    public static string FrontPage(int number) => number == 1 ? Home : "/page/" + Number(number);

    public static string Article(string slug) => "/articles/" + Segment(slug);

    public static string Topics(int page = 1) => TopicsRoute + PageQuery('?', page);

    public static string Topic(string slug, int page = 1) => TopicsRoute + "/" + Segment(slug) + PageQuery('?', page);

    public static string TopicAtomFeed(string slug) => TopicsRoute + "/" + Segment(slug) + "/feed.atom";

    public static string TopicRssFeed(string slug) => TopicsRoute + "/" + Segment(slug) + "/feed.rss";

    /// <summary>Always carries <c>q</c>, empty or not, as the search form sends it.</summary>
    public static string Search(string? query, int page = 1) =>
        SearchTemplate(Uri.EscapeDataString(query ?? "")) + PageQuery('&', page);

    /// <summary>
    /// A search narrowed by filters and ordered: only the parameters that differ from the default
    /// are written (<c>q</c> always), in a fixed order, so every link to the same results is the
    /// same address and the page cache keeps it once.
    /// </summary>
    public static string Search(string? query, SearchFilters filters, SearchOrder order, int page = 1)
    {
        ArgumentNullException.ThrowIfNull(filters);
        var link = new StringBuilder(SearchTemplate(Uri.EscapeDataString(query ?? "")));
        void Add(string name, string? value)
        {
            if (!string.IsNullOrEmpty(value))
            {
                link.Append('&').Append(name).Append('=').Append(Uri.EscapeDataString(value));
            }
        }

        Add(TopicParameter, filters.Topic);
        Add(SourceParameter, filters.Source);
        Add(SectionParameter, filters.Section);
        Add(FromParameter, filters.From?.ToString(DayFormat, CultureInfo.InvariantCulture));
        Add(ToParameter, filters.To?.ToString(DayFormat, CultureInfo.InvariantCulture));
        Add(SortParameter, order == SearchOrder.Newest ? SortByDate : null);
        return link + PageQuery('&', page);
    }

    /// <summary>The search address with a placeholder (OpenSearch, schema.org) in place of the words; not encoded.</summary>
    public static string SearchTemplate(string placeholder) => SearchRoute + "?" + SearchQueryParameter + "=" + placeholder;

    public static string Section(string slug, int page = 1) => Sections + "/" + Segment(slug) + PageQuery('?', page);

    public static string SectionAtomFeed(string slug) => Sections + "/" + Segment(slug) + "/feed.atom";

    public static string SectionRssFeed(string slug) => Sections + "/" + Segment(slug) + "/feed.rss";

    /// <summary><c>/archive/2024/03</c>, <c>/archive/2024/03/page/2</c>: the month always two digits, so each month has one address.</summary>
    public static string ArchiveMonth(int year, int month, int page = 1) => MonthPath(year, month) + PagePath(page);

    public static string ArchiveMonthAtomFeed(int year, int month) => MonthPath(year, month) + "/feed.atom";

    public static string ArchiveMonthRssFeed(int year, int month) => MonthPath(year, month) + "/feed.rss";

    public static string Author(string slug, int page = 1) => "/authors/" + Segment(slug) + PagePath(page);

    public static string AuthorAtomFeed(string slug) => "/authors/" + Segment(slug) + "/feed.atom";

    public static string AuthorRssFeed(string slug) => "/authors/" + Segment(slug) + "/feed.rss";

    public static string Error(int code) => "/errors/" + Number(code);

    public static string ShortLink(string id) => "/a/" + Segment(id);

    /// <param name="subject">An article's id, or <c>site</c> for the front page's card.</param>
    /// <param name="version">Changes whenever what the card shows changes.</param>
    public static string Card(string subject, string version) => CardsPrefix + "/" + Segment(subject + "-" + version) + ".png";

    public static string SitemapPart(int part) => SitemapsPrefix + "/" + Number(part) + ".xml";

    public static string Icon(string name) => "/icons/" + Segment(name) + ".png";

    public static string RemoteImage(string signature, string encoded) => RemoteImagesPrefix + "/" + Segment(signature) + "/" + Segment(encoded);

    public static string ApiArticle(string id) => ApiArticles + "/" + Segment(id);

    private static string Segment(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return Uri.EscapeDataString(value);
    }

    private static string Number(int number) => number.ToString(CultureInfo.InvariantCulture);

    private static string MonthPath(int year, int month) =>
        Archive + "/" + year.ToString("D4", CultureInfo.InvariantCulture) + "/" + month.ToString("D2", CultureInfo.InvariantCulture);

    /// <summary>Page 1 is the list's own address; later pages add <c>/page/N</c>, as the front page does.</summary>
    private static string PagePath(int page) => page > 1 ? "/page/" + Number(page) : "";

    /// <summary>Page 1 is the list's own address, with no parameter.</summary>
    private static string PageQuery(char separator, int page) =>
        page > 1 ? separator + PageParameter + "=" + Number(page) : "";
}
