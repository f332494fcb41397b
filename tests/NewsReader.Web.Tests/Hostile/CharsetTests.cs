using System.Net;
using System.Text;
using NewsReader.Web.Tests.Infrastructure;
using static NewsReader.Web.Tests.Hostile.HostileSite;

namespace NewsReader.Web.Tests.Hostile;

/// <summary>
/// A page declaring a charset .NET cannot give (utf-7) threw and failed every load. Unknown and
/// unsupported charsets are now read as undeclared, and bytes that are plainly UTF-8 beat a
/// declaration that says otherwise.
/// </summary>
public sealed class CharsetTests : IDisposable
{
    private readonly SeedsFolder _seeds = new SeedsFolder()
        .WithSeed()
        .With("utf7.html", Declaring("utf-7", "Seven bits are enough"))
        .With("unknown.html", Declaring("x-unknown", "Unknown charset story"))
        .With("lying.html", Declaring("windows-1252", "Café society returns"));

    public void Dispose() => _seeds.Dispose();

    [Theory]
    [InlineData("/articles/seven-bits-are-enough", "Seven bits are enough")]
    [InlineData("/articles/unknown-charset-story", "Unknown charset story")]
    [InlineData("/articles/cafe-society-returns", "Café society returns")]
    public async Task Start_PageWithUnusableCharset_PublishedReadAsUtf8(string permalink, string headline)
    {
        using var factory = new NewsReaderFactory(_seeds);
        var client = factory.CreateClient();

        var response = await client.GetAsync(new Uri(permalink, UriKind.Relative));
        var page = await Html.ParseAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(headline, page.QuerySelector("h1")?.TextContent.Trim());
        Assert.Contains("“Naïve” readers", page.QuerySelector("article")?.TextContent, StringComparison.Ordinal);
        await AssertGoodServedAndBadListedAsync(factory, new Dictionary<string, string>());
    }

    private static byte[] Declaring(string charset, string headline) => Encoding.UTF8.GetBytes(
        $"<!doctype html><html><head><meta charset=\"{charset}\"><title>{headline}</title></head><body><article><h1>{headline}</h1>" +
        "<p>“Naïve” readers of this page see its text as it was written, whatever its head declares about the bytes.</p>" +
        "<p>A second paragraph gives the extractor enough text to be sure this is the article body.</p></article></body></html>");
}
