using System.IO.Compression;
using System.Net;
using NewsReader.Web.Tests.Infrastructure;

namespace NewsReader.Web.Tests.StaticAssets;

public sealed class StylesheetTests : IDisposable
{
    private readonly SeedsFolder _seeds = new SeedsFolder().WithSeed();
    private readonly NewsReaderFactory _factory;

    public StylesheetTests() => _factory = new NewsReaderFactory(_seeds);

    public void Dispose()
    {
        _factory.Dispose();
        _seeds.Dispose();
    }

    [Theory]
    [InlineData(null)]
    [InlineData("gzip")]
    [InlineData("br")]
    [InlineData("gzip, deflate, br, zstd")]
    public async Task Get_Stylesheet_AnyAcceptEncoding_ServesTheWholeStylesheet(string? acceptEncoding)
    {
        var client = _factory.CreateClient();
        var page = await Html.ParseAsync(await client.GetAsync(new Uri("/", UriKind.Relative)));
        var href = page.QuerySelector("link[rel=stylesheet]")!.GetAttribute("href")!;
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(href, UriKind.Relative));
        if (acceptEncoding is not null)
        {
            request.Headers.TryAddWithoutValidation("Accept-Encoding", acceptEncoding);
        }

        var response = await client.SendAsync(request);
        var css = await ReadDecodedAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/css", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("--measure: 65ch", css, StringComparison.Ordinal);
    }

    private static async Task<string> ReadDecodedAsync(HttpResponseMessage response)
    {
        var body = await response.Content.ReadAsStreamAsync();
        Stream decoded = response.Content.Headers.ContentEncoding.FirstOrDefault() switch
        {
            "gzip" => new GZipStream(body, CompressionMode.Decompress),
            "br" => new BrotliStream(body, CompressionMode.Decompress),
            _ => body,
        };
        using var reader = new StreamReader(decoded);
        return await reader.ReadToEndAsync();
    }
}
