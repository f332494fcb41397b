using AngleSharp.Dom;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using NewsReader.Articles;
using NewsReader.Images;
using NewsReader.Ingestion;
using NewsReader.Parsing;
using NewsReader.Storage;
using NewsReader.Web.Tests.Infrastructure;

namespace NewsReader.Web.Tests.Images;

/// <summary>
/// <c>Images:Remote</c> as a reader sees it on the article page. The article's body is given a
/// remote figure after parsing (at this commit the parser itself still drops remote body images),
/// so what is tested is the ingestion step that follows the parser, and the page it makes.
/// </summary>
public sealed class ArticleImageModeTests : IDisposable
{
    private const string Remote = "https://photos.example/council.jpg";

    private const string Figure =
        $"<figure><img src=\"{Remote}\" alt=\"The council chamber\" width=\"800\" height=\"600\"><figcaption>The chamber <span class=\"credit\">Jo Bloggs</span></figcaption></figure>";

    private readonly SeedsFolder _seeds = new SeedsFolder().With("council.md", "---\ntitle: Council meets\n---\n\nThe council met on Tuesday.\n");

    public void Dispose() => _seeds.Dispose();

    [Fact]
    public async Task ArticlePage_ProxyMode_ImageFromOwnProxyWithCaption()
    {
        var (page, csp) = await ArticleAsync("proxy");

        var image = page.QuerySelector(".article-body figure img");
        Assert.NotNull(image);
        Assert.StartsWith("/images/remote/", image.GetAttribute("src"), StringComparison.Ordinal);
        Assert.Equal("The council chamber", image.GetAttribute("alt"));
        Assert.Equal("Jo Bloggs", page.QuerySelector(".article-body figcaption .credit")?.TextContent);
        Assert.DoesNotContain("photos.example", page.DocumentElement.OuterHtml, StringComparison.Ordinal);
        Assert.Contains("img-src 'self' data:;", csp, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ArticlePage_LinkMode_RemoteAddressAndPolicyAllowsIt()
    {
        var (page, csp) = await ArticleAsync("link");

        Assert.Equal(Remote, page.QuerySelector(".article-body figure img")?.GetAttribute("src"));
        Assert.Contains("img-src 'self' data: https: http:;", csp, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ArticlePage_DropMode_NoImageAndNoCaptionLeftAlone()
    {
        var (page, csp) = await ArticleAsync("drop");

        Assert.Null(page.QuerySelector(".article-body img"));
        Assert.Null(page.QuerySelector(".article-body figure"));
        Assert.Contains("The council met on Tuesday.", page.QuerySelector(".article-body")?.TextContent, StringComparison.Ordinal);
        Assert.Contains("img-src 'self' data:;", csp, StringComparison.Ordinal);
    }

    private async Task<(IDocument Page, string Csp)> ArticleAsync(string mode)
    {
        using var plain = new NewsReaderFactory(_seeds, new Dictionary<string, string?> { ["Images:Remote"] = mode });
        using var factory = plain.WithWebHostBuilder(builder => builder.ConfigureTestServices(services =>
        {
            services.RemoveAll<SeedFolderLoader>();
            services.AddSingleton(provider => new SeedFolderLoader(
                provider.GetRequiredService<IOptions<SeedsOptions>>(),
                TimeProvider.System,
                provider.GetRequiredService<ILogger<SeedFolderLoader>>(),
                WithRemoteFigure,
                provider.GetRequiredService<IRemoteImageAddresses>()));
        }));
        var slug = factory.Services.GetRequiredService<ArticleRepository>().Current.Articles.Single().Slug;
        using var response = await factory.CreateClient().GetAsync(new Uri("/articles/" + slug, UriKind.Relative));
        response.EnsureSuccessStatusCode();
        return (await Html.ParseAsync(response), response.Headers.GetValues("Content-Security-Policy").Single());
    }

    private static ParseResult<Article> WithRemoteFigure(byte[] bytes, string sourceFile, TimeZoneInfo zone, CancellationToken cancellationToken)
    {
        var article = ArticleFileParser.Parse(bytes, sourceFile, zone, null, cancellationToken).Value!;
        return ParseResult.Ok(article with { BodyHtml = article.BodyHtml + Figure });
    }
}
