using System.Net;
using System.Xml.Linq;
using NewsReader.Web.Tests.Infrastructure;

namespace NewsReader.Web.Tests.Seo;

public sealed class SitemapTests : IDisposable
{
    private static readonly XNamespace Sitemaps = "http://www.sitemaps.org/schemas/sitemap/0.9";

    private readonly SeedsFolder _seeds = new SeedsFolder().WithSeed().WithStories(6);

    public void Dispose() => _seeds.Dispose();

    private static async Task<XElement> GetXmlAsync(HttpClient client, string path)
    {
        var response = await client.GetAsync(new Uri(path, UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/xml", response.Content.Headers.ContentType?.MediaType);
        return XDocument.Parse(await response.Content.ReadAsStringAsync()).Root!;
    }

    private static List<string> Locations(XElement root) => [.. root.Descendants(Sitemaps + "loc").Select(loc => loc.Value)];

    [Fact]
    public async Task Get_Sitemap_ListsFrontPageAndEveryCanonicalUrl()
    {
        using var factory = new NewsReaderFactory(_seeds);

        var urls = Locations(await GetXmlAsync(factory.CreateClient(), "/sitemap.xml"));

        Assert.Equal(8, urls.Count);
        Assert.Contains("http://localhost/", urls);
        Assert.Contains("http://localhost/articles/trump-open-to-meeting-kim-jong-un-during-asia-trip", urls);
        Assert.Contains("http://localhost/articles/story-number-6", urls);
    }

    [Fact]
    public async Task Get_SitemapPastLimit_IndexOfPartsCoveringEveryUrlOnce()
    {
        using var factory = new NewsReaderFactory(_seeds, new Dictionary<string, string?> { ["Site:SitemapUrlsPerFile"] = "3" });
        var client = factory.CreateClient();

        var index = await GetXmlAsync(client, "/sitemap.xml");
        var parts = Locations(index);
        var urls = new List<string>();
        foreach (var part in parts)
        {
            urls.AddRange(Locations(await GetXmlAsync(client, new Uri(part).PathAndQuery)));
        }

        Assert.Equal(Sitemaps + "sitemapindex", index.Name);
        Assert.Equal(["http://localhost/sitemaps/1.xml", "http://localhost/sitemaps/2.xml", "http://localhost/sitemaps/3.xml"], parts);
        Assert.Equal(8, urls.Distinct().Count());
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(new Uri("/sitemaps/4.xml", UriKind.Relative))).StatusCode);
    }

    [Fact]
    public async Task Get_RobotsTxt_NamesTheSitemap()
    {
        using var factory = new NewsReaderFactory(_seeds);

        var response = await factory.CreateClient().GetAsync(new Uri("/robots.txt", UriKind.Relative));
        var text = await response.Content.ReadAsStringAsync();

        Assert.Equal("text/plain", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("User-agent: *", text, StringComparison.Ordinal);
        Assert.Contains("Sitemap: http://localhost/sitemap.xml", text, StringComparison.Ordinal);
    }
}
