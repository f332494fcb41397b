using System.Text.Json;
using System.Xml.Linq;
using AngleSharp.Html.Parser;
using NewsReader.Web.Tests.Infrastructure;

namespace NewsReader.Web.Tests.Pages.Articles;

/// <summary>A wire file that carries its page's entities shows them as characters everywhere, encoded exactly once.</summary>
public sealed class EntityDecodingTests : IDisposable
{
    private const string Headline = "Seoul's \"Blue House\" signals talks";
    private const string Lead = "\"Blue House\" officials said on Monday that the talks would resume. That's the first sign of a thaw.";
    private const string Permalink = "/articles/seouls-blue-house-signals-talks";

    private readonly SeedsFolder _seeds = new SeedsFolder()
        .With("wire.txt", "Seoul&#039;s &quot;Blue House&quot; signals talks\n\n&quot;Blue House&quot; officials said on Monday that the talks would resume. That&#039;s the first sign of a thaw.\n\nIn a statement, the office said &amp;lt; is how the wire writes a less-than sign.");

    private readonly NewsReaderFactory _factory;

    public EntityDecodingTests() => _factory = new NewsReaderFactory(_seeds);

    public void Dispose()
    {
        _factory.Dispose();
        _seeds.Dispose();
    }

    private Task<string> GetStringAsync(string path) => _factory.CreateClient().GetStringAsync(new Uri(path, UriKind.Relative));

    [Fact]
    public async Task Get_FrontPage_TeaserShowsCharactersNotEntities()
    {
        var page = await new HtmlParser().ParseDocumentAsync(await GetStringAsync("/"));

        Assert.Equal(Headline, page.QuerySelector(".teaser-headline a")?.TextContent);
        Assert.StartsWith("\"Blue House\" officials", page.QuerySelector(".teaser-standfirst")?.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_ArticlePage_HeadlineBodyAndMetaDescriptionDecodedOnce()
    {
        var page = await new HtmlParser().ParseDocumentAsync(await GetStringAsync(Permalink));

        Assert.Equal(Headline, page.QuerySelector("h1")?.TextContent);
        Assert.Equal(Lead, page.QuerySelector(".article-body p.standfirst")?.TextContent);
        Assert.StartsWith("\"Blue House\" officials", page.QuerySelector("meta[name=description]")?.GetAttribute("content"), StringComparison.Ordinal);
        Assert.Equal(Headline, page.QuerySelector("meta[property='og:title']")?.GetAttribute("content"));
        // Decoded once, never twice: the wire's "&amp;lt;" is the text "&lt;".
        Assert.Contains("said &lt; is how", page.QuerySelectorAll(".article-body p")[^1].TextContent, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/feed.atom", "{http://www.w3.org/2005/Atom}entry", "{http://www.w3.org/2005/Atom}title", "{http://www.w3.org/2005/Atom}summary")]
    [InlineData("/feed.rss", "item", "title", "description")]
    public async Task Get_Feed_TitleAndTextDecodedOnce(string path, string entryName, string titleName, string textName)
    {
        var entry = XDocument.Parse(await GetStringAsync(path)).Descendants(entryName).Single();

        Assert.Equal(Headline, entry.Element(titleName)?.Value);
        // The RSS description is HTML: its text is read as a browser would.
        var text = path.EndsWith(".rss", StringComparison.Ordinal)
            ? new HtmlParser().ParseDocument(entry.Element(textName)!.Value).Body!.TextContent
            : entry.Element(textName)!.Value;
        Assert.Contains("\"Blue House\" officials", text, StringComparison.Ordinal);
        Assert.Contains("That's the first", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_Api_TitleAndStandfirstDecoded()
    {
        using var list = JsonDocument.Parse(await GetStringAsync("/api/articles"));
        var item = list.RootElement.GetProperty("items")[0];
        using var article = JsonDocument.Parse(await GetStringAsync("/api/articles/" + item.GetProperty("id").GetString()));

        Assert.Equal(Headline, item.GetProperty("title").GetString());
        Assert.Equal(Lead, article.RootElement.GetProperty("standfirst").GetString());
    }
}
