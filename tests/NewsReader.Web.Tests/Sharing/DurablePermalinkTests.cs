using System.Net;
using NewsReader.Web.Tests.Infrastructure;

namespace NewsReader.Web.Tests.Sharing;

/// <summary>A link shared today keeps working after the headline changes and the app restarts.</summary>
public sealed class DurablePermalinkTests : IDisposable
{
    private readonly SeedsFolder _seeds = new SeedsFolder()
        .With("000_1234567890abcdef.txt", "Old headline about rates\n\nThe lead paragraph.\n\nMore text.");

    public void Dispose() => _seeds.Dispose();

    private static async Task<string> FirstLinkAsync(NewsReaderFactory factory)
    {
        var front = await Html.ParseAsync(await factory.CreateClient().GetAsync(new Uri("/", UriKind.Relative)));
        return front.QuerySelector(".article-list h2 a")!.GetAttribute("href")!;
    }

    [Fact]
    public async Task Get_OldPermalinkAfterRetitleAndRestart_OneHop301ToNewPermalink()
    {
        string oldLink;
        using (var before = new NewsReaderFactory(_seeds))
        {
            oldLink = await FirstLinkAsync(before);
        }

        _seeds.With("000_1234567890abcdef.txt", "New headline about interest rates\n\nThe lead paragraph.\n\nMore text.");
        using var after = new NewsReaderFactory(_seeds);
        var newLink = await FirstLinkAsync(after);
        var client = after.CreateNonRedirectingClient();

        var response = await client.GetAsync(new Uri(oldLink, UriKind.Relative));

        Assert.Equal("/articles/old-headline-about-rates", oldLink);
        Assert.Equal("/articles/new-headline-about-interest-rates", newLink);
        Assert.Equal(HttpStatusCode.MovedPermanently, response.StatusCode);
        Assert.Equal(newLink, response.Headers.Location?.OriginalString);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(response.Headers.Location)).StatusCode);
    }

    [Fact]
    public async Task Start_NewArticleWithAFormerSlug_GetsItsOwnSlugSoOldLinksKeepTheirArticle()
    {
        using (var before = new NewsReaderFactory(_seeds))
        {
            await FirstLinkAsync(before);
        }

        _seeds.With("000_1234567890abcdef.txt", "Renamed story\n\nThe lead paragraph.\n\nMore text.")
            .With("zzz.txt", "Old headline about rates\n\nA different story with the old headline.\n\nMore.");
        using var after = new NewsReaderFactory(_seeds);
        var client = after.CreateNonRedirectingClient();

        var old = await client.GetAsync(new Uri("/articles/old-headline-about-rates", UriKind.Relative));

        Assert.Equal(HttpStatusCode.MovedPermanently, old.StatusCode);
        Assert.Equal("/articles/renamed-story", old.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task Get_ShortLink_RedirectsPermanentlyToCurrentPermalink()
    {
        using var factory = new NewsReaderFactory(_seeds);

        var response = await factory.CreateNonRedirectingClient().GetAsync(new Uri("/a/1234567890abcdef", UriKind.Relative));

        Assert.Equal(HttpStatusCode.MovedPermanently, response.StatusCode);
        Assert.Equal("/articles/old-headline-about-rates", response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task Get_ShortLinkToUnknownId_NotFoundPage()
    {
        using var factory = new NewsReaderFactory(_seeds);

        var response = await factory.CreateClient().GetAsync(new Uri("/a/ffffffffffffffff", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("Page not found", (await Html.ParseAsync(response)).Title);
    }
}
