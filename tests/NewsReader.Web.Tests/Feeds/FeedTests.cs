using System.Net;
using System.Xml.Linq;
using CodeHollow.FeedReader;
using NewsReader.Web.Tests.Infrastructure;

namespace NewsReader.Web.Tests.Feeds;

public sealed class FeedTests : IDisposable
{
    private const string TrickyHeadline = "Markets & \"bonds\" <b>slide</b> — café ‘owners’ react";

    private readonly SeedsFolder _seeds = new SeedsFolder()
        .WithSeed()
        .With("001-tricky.txt", $"{TrickyHeadline}\n\nA lead with <script>alert('x')</script> & an ampersand.\n\nSecond paragraph.")
        .WithStories(60);

    private readonly NewsReaderFactory _factory;

    public FeedTests() => _factory = new NewsReaderFactory(_seeds);

    public void Dispose()
    {
        _factory.Dispose();
        _seeds.Dispose();
    }

    private async Task<(HttpResponseMessage Response, string Xml)> GetAsync(string path)
    {
        var response = await _factory.CreateClient().GetAsync(new Uri(path, UriKind.Relative));
        return (response, await response.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("/feed.atom", "application/atom+xml", FeedType.Atom)]
    [InlineData("/feed.rss", "application/rss+xml", FeedType.Rss_2_0)]
    public async Task Get_Feed_ParsesWithLatestFiftyArticles(string path, string mediaType, FeedType type)
    {
        var (response, xml) = await GetAsync(path);

        var feed = FeedReader.ReadFromString(xml);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(mediaType, response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(type, feed.Type);
        Assert.Equal("NewsReader", feed.Title);
        Assert.Equal(50, feed.Items.Count);
        Assert.Equal("Trump Open to Meeting Kim Jong Un During Asia Trip", feed.Items[0].Title);
        Assert.Equal("http://localhost/articles/trump-open-to-meeting-kim-jong-un-during-asia-trip", feed.Items[0].Link);
        Assert.Equal(50, feed.Items.Select(item => item.Id).Distinct().Count());
    }

    [Theory]
    [InlineData("/feed.atom", "{http://www.w3.org/2005/Atom}entry", "{http://www.w3.org/2005/Atom}title", "{http://www.w3.org/2005/Atom}content")]
    [InlineData("/feed.rss", "item", "title", "description")]
    public async Task Get_Feed_CarriesFullContentAndEscapesMarkupExactly(string path, string entryName, string titleName, string contentName)
    {
        var (_, xml) = await GetAsync(path);

        // Read with an XML parser, not a feed library, to see exactly one level of unescaping.
        var entry = XDocument.Parse(xml).Descendants(entryName).Single(e => e.Element(titleName)?.Value == TrickyHeadline);
        var html = entry.Element(contentName)!.Value;

        Assert.Equal(
            "<p class=\"standfirst\">A lead with &lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt; &amp; an ampersand.</p>\n<p>Second paragraph.</p>\n",
            html);
    }

    [Fact]
    public async Task Get_AtomFeed_HasRequiredAtomElements()
    {
        var (_, xml) = await GetAsync("/feed.atom");
        XNamespace atom = "http://www.w3.org/2005/Atom";

        var feed = XDocument.Parse(xml).Root!;

        Assert.Equal(atom + "feed", feed.Name);
        Assert.NotNull(feed.Element(atom + "updated"));
        Assert.Equal("http://localhost/feed.atom", feed.Elements(atom + "link").Single(l => (string?)l.Attribute("rel") == "self").Attribute("href")?.Value);
        Assert.All(feed.Elements(atom + "entry"), entry =>
        {
            Assert.StartsWith("http://localhost/a/", entry.Element(atom + "id")?.Value, StringComparison.Ordinal);
            Assert.NotNull(entry.Element(atom + "updated"));
            Assert.Equal("html", entry.Element(atom + "content")?.Attribute("type")?.Value);
        });
    }
}
