using System.Net;
using NewsReader.Web.Tests.Infrastructure;

namespace NewsReader.Web.Tests.Hostile;

/// <summary>
/// A folder link planted in the seeds folder must not become a window onto the rest of the
/// disk: not through /media/, not through an image in an article, not as a lead image.
/// </summary>
public sealed class SymlinkEscapeTests : IDisposable
{
    private static readonly byte[] Png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0];

    private readonly SeedsFolder _outside = new SeedsFolder().With("secret.png", Png);
    private readonly SeedsFolder _seeds;
    private readonly NewsReaderFactory _factory;
    private readonly HttpClient _client;

    public SymlinkEscapeTests()
    {
        _seeds = new SeedsFolder()
            .With("images/own.png", Png)
            .With("post.md", "---\ntitle: Linked pictures\nimage: outlink/secret.png\n---\n\nLead paragraph.\n\n![own](images/own.png)\n\n![leak](outlink/secret.png)\n\n![root](rootlink" + _outside.Path + "/secret.png)\n");
        Directory.CreateSymbolicLink(Path.Combine(_seeds.Path, "outlink"), _outside.Path);
        Directory.CreateSymbolicLink(Path.Combine(_seeds.Path, "rootlink"), "/");
        _factory = new NewsReaderFactory(_seeds);
        _client = _factory.CreateNonRedirectingClient();
    }

    public void Dispose()
    {
        _factory.Dispose();
        _seeds.Dispose();
        _outside.Dispose();
    }

    [Fact]
    public async Task Media_ThroughFolderLinkOutside_404()
    {
        var throughLink = await _client.GetAsync(new Uri("/media/outlink/secret.png", UriKind.Relative));
        var throughRoot = await _client.GetAsync(new Uri("/media/rootlink" + _outside.Path + "/secret.png", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, throughLink.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, throughRoot.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await _client.GetAsync(new Uri("/media/images/own.png", UriKind.Relative))).StatusCode);
    }

    [Fact]
    public async Task ArticleImages_ThroughFolderLinkOutside_NotEmbedded()
    {
        var page = await Html.ParseAsync(await _client.GetAsync(new Uri("/articles/linked-pictures", UriKind.Relative)));

        var sources = page.QuerySelectorAll("img").Select(img => img.GetAttribute("src") ?? "").ToList();
        Assert.Contains("/media/images/own.png", sources);
        Assert.DoesNotContain(sources, src => src.Contains("secret", StringComparison.Ordinal));
        Assert.DoesNotContain(page.QuerySelectorAll("meta[property='og:image']"), meta => (meta.GetAttribute("content") ?? "").Contains("secret", StringComparison.Ordinal));
    }
}
