using System.Text.Json;
using AngleSharp.Dom;
using NewsReader.Web.Tests.Infrastructure;

namespace NewsReader.Web.Tests.Pages.Articles;

/// <summary>The article page declares its article's language and direction, to browsers, screen readers and search engines.</summary>
public sealed class ArticleLanguageTests : IDisposable
{
    private const string ArabicHeadline = "المجلس البلدي يوافق على تجديد المسبح";

    private const string ArabicPage = """
        <!DOCTYPE html>
        <html lang="ar" dir="rtl"><head><meta charset="utf-8"><title>المجلس البلدي يوافق على تجديد المسبح</title>
        <meta property="og:site_name" content="صحيفة المثال"><link rel="canonical" href="https://sahifa.example/city/pool"></head>
        <body><article><h1>المجلس البلدي يوافق على تجديد المسبح</h1>
        <p>صوّت المجلس البلدي مساء الثلاثاء على تجديد المسبح في الحي، وهو مغلق منذ الخريف الماضي بسبب تسرب في الحوض الرئيسي.</p>
        <p>وستبدأ الأعمال في الربيع وتستمر عامين، بحسب رئيس البلدية الذي وعد بأن الأسعار لن ترتفع على العائلات وأن المدارس ستحتفظ بمواعيدها.</p>
        <p>وقالت جمعيات السباحة، التي تتدرب منذ أشهر في بلدة مجاورة، إنها مرتاحة لهذا القرار الذي طال انتظاره.</p>
        </article></body></html>
        """;

    private const string FrenchMarkedEnglish = """
        <!DOCTYPE html>
        <html lang="en"><head><meta charset="utf-8"><title>La piscine du quartier rouvrira au printemps</title>
        <meta name="author" content="Par Claire Dumont et Julien Marchal"></head>
        <body><article><h1>La piscine du quartier rouvrira au printemps</h1>
        <p>Le conseil municipal a voté mardi soir la rénovation de la piscine du quartier, fermée depuis l’automne dernier à cause d’une fuite dans le bassin principal.</p>
        <p>Les travaux commenceront au printemps et dureront deux ans, selon le maire, qui a promis que les tarifs ne changeraient pas pour les familles et que les écoles garderaient leurs créneaux.</p>
        <p>Les associations de nageurs, qui s’entraînent depuis des mois dans une commune voisine, se sont dites soulagées par cette décision attendue depuis longtemps.</p>
        </article></body></html>
        """;

    private readonly SeedsFolder _seeds = new SeedsFolder().WithSeed().With("arabic.html", ArabicPage).With("french.html", FrenchMarkedEnglish);

    private readonly NewsReaderFactory _factory;

    public ArticleLanguageTests() => _factory = new NewsReaderFactory(_seeds);

    public void Dispose()
    {
        _factory.Dispose();
        _seeds.Dispose();
    }

    private async Task<IDocument> ArticleAsync(string headline)
    {
        var client = _factory.CreateClient();
        var home = await Html.ParseAsync(await client.GetAsync(new Uri("/", UriKind.Relative)));
        var link = home.QuerySelectorAll("a").First(a => a.TextContent.Trim() == headline).GetAttribute("href")!;
        return await Html.ParseAsync(await client.GetAsync(new Uri(link, UriKind.Relative)));
    }

    private static JsonElement JsonLd(IDocument document) =>
        JsonDocument.Parse(Assert.Single(document.QuerySelectorAll("head script[type='application/ld+json']")).TextContent).RootElement;

    [Fact]
    public async Task Get_ArabicArticle_HtmlLangArabicRightToLeft()
    {
        var document = await ArticleAsync(ArabicHeadline);

        Assert.Equal("ar", document.DocumentElement.GetAttribute("lang"));
        Assert.Equal("rtl", document.DocumentElement.GetAttribute("dir"));
        Assert.Equal("rtl", document.QuerySelector("article .article-body")?.GetAttribute("dir"));
        Assert.Equal("ar", JsonLd(document).GetProperty("inLanguage").GetString());
    }

    [Fact]
    public async Task Get_ArabicArticle_MetaLabelsEnglishNamesArabic()
    {
        var document = await ArticleAsync(ArabicHeadline);

        foreach (var meta in document.QuerySelectorAll("article .article-header p.meta"))
        {
            Assert.Equal("en", meta.GetAttribute("lang"));
            Assert.Equal("ltr", meta.GetAttribute("dir"));
        }

        var siteName = document.QuerySelector("article .source-name")!;
        Assert.Equal("صحيفة المثال", siteName.TextContent);
        Assert.Equal("ar", siteName.GetAttribute("lang"));
    }

    [Fact]
    public async Task Get_SavedPage_JsonLdCreditsTheOriginalAndItsSite()
    {
        var jsonLd = JsonLd(await ArticleAsync(ArabicHeadline));

        Assert.Equal("https://sahifa.example/city/pool", jsonLd.GetProperty("isBasedOn").GetString());
        Assert.Equal("صحيفة المثال", jsonLd.GetProperty("sourceOrganization").GetProperty("name").GetString());
    }

    [Fact]
    public async Task Get_ArabicArticle_SiteChromeStaysEnglishLeftToRight()
    {
        var document = await ArticleAsync(ArabicHeadline);

        Assert.Equal("en", document.QuerySelector("header.site-header")?.GetAttribute("lang"));
        Assert.Equal("ltr", document.QuerySelector("header.site-header")?.GetAttribute("dir"));
        Assert.Equal("ltr", document.QuerySelector("footer.site-footer")?.GetAttribute("dir"));
    }

    [Fact]
    public async Task Get_FrenchPageMarkedEnglish_HtmlLangFrenchAndAuthorsApart()
    {
        var document = await ArticleAsync("La piscine du quartier rouvrira au printemps");
        var jsonLd = JsonLd(document);

        Assert.Equal("fr", document.DocumentElement.GetAttribute("lang"));
        Assert.False(document.DocumentElement.HasAttribute("dir"));
        Assert.Equal("fr", jsonLd.GetProperty("inLanguage").GetString());
        Assert.Equal(["Claire Dumont", "Julien Marchal"], jsonLd.GetProperty("author").EnumerateArray().Select(a => a.GetProperty("name").GetString()));
    }

    [Fact]
    public async Task Get_Home_HtmlLangEnglishNoDirection()
    {
        var document = await Html.ParseAsync(await _factory.CreateClient().GetAsync(new Uri("/", UriKind.Relative)));

        Assert.Equal("en", document.DocumentElement.GetAttribute("lang"));
        Assert.False(document.DocumentElement.HasAttribute("dir"));
        Assert.False(document.QuerySelector("header.site-header")!.HasAttribute("lang"));
    }
}
