using System.Net;
using NewsReader.Web.Tests.Infrastructure;
using SkiaSharp;

namespace NewsReader.Web.Tests.Images;

/// <summary><c>/media/</c> goes by what a file's bytes are, not by its name, and resizes on request.</summary>
public sealed class MediaImageTests : IDisposable
{
    private readonly SeedsFolder _seeds = new SeedsFolder()
        .With("story.md", "---\ntitle: Saved page with photos\n---\n\nText.\n")
        .With("story_files/photo", ImageOrigin.Png(800, 400))
        .With("story_files/photo.php", ImageOrigin.Png(20, 10))
        .With("story_files/fake.png", "<html><body>not an image</body></html>")
        .With("story_files/drawing.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\"></svg>")
        .With("story_files/drawing.png", "<svg xmlns=\"http://www.w3.org/2000/svg\"></svg>");

    private readonly NewsReaderFactory _factory;

    public MediaImageTests() => _factory = new NewsReaderFactory(_seeds);

    public void Dispose()
    {
        _factory.Dispose();
        _seeds.Dispose();
    }

    [Theory]
    [InlineData("/media/story_files/photo")]
    [InlineData("/media/story_files/photo.php")]
    public async Task Get_ImageWithoutImageName_ServedWithSniffedType(string path)
    {
        using var response = await _factory.CreateClient().GetAsync(new Uri(path, UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("image/png", response.Content.Headers.ContentType?.MediaType);
    }

    [Theory]
    [InlineData("/media/story_files/fake.png")]
    [InlineData("/media/story_files/drawing.svg")]
    [InlineData("/media/story_files/drawing.png")]
    [InlineData("/media/story.md")]
    public async Task Get_NotARasterImage_NotFoundWhateverItsName(string path)
    {
        using var response = await _factory.CreateClient().GetAsync(new Uri(path, UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Get_AllowedWidth_ResizedCopy()
    {
        using var response = await _factory.CreateClient().GetAsync(new Uri("/media/story_files/photo?w=320", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var bitmap = SKBitmap.Decode(await response.Content.ReadAsByteArrayAsync());
        Assert.Equal((320, 160), (bitmap.Width, bitmap.Height));
    }

    [Theory]
    [InlineData("?w=321")]
    [InlineData("?w=-320")]
    public async Task Get_WidthNotInList_BadRequest(string query)
    {
        using var response = await _factory.CreateClient().GetAsync(new Uri("/media/story_files/photo" + query, UriKind.Relative));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }
}
