using System.IO.Compression;
using System.Text;
using NewsReader.Serving;

namespace NewsReader.Tests.Serving;

public sealed class CachedPageTests
{
    private static readonly byte[] Page = Encoding.UTF8.GetBytes(
        "<!doctype html><title>Kim Jong Un</title>" + string.Concat(Enumerable.Range(0, 200).Select(i => $"<p>Paragraph {i} of a long article about Busan.</p>")));

    [Fact]
    public void Create_SameBytes_SameStrongETags()
    {
        var first = CachedPage.Create(Page, "text/html; charset=utf-8");
        var second = CachedPage.Create(Page.ToArray(), "text/html; charset=utf-8");

        Assert.Equal(first.IdentityETag, second.IdentityETag);
        Assert.Equal(first.BrotliETag, second.BrotliETag);
        Assert.StartsWith("\"", first.IdentityETag, StringComparison.Ordinal);
        Assert.EndsWith("\"", first.IdentityETag, StringComparison.Ordinal);
        Assert.Equal(3, new[] { first.IdentityETag, first.GzipETag, first.BrotliETag }.Distinct().Count());
    }

    [Fact]
    public void Create_OneByteChanged_DifferentETag()
    {
        var changed = Page.ToArray();
        changed[^5] = (byte)'X';

        Assert.NotEqual(CachedPage.Create(Page, "text/html").IdentityETag, CachedPage.Create(changed, "text/html").IdentityETag);
    }

    [Fact]
    public void Create_CompressedVariants_DecompressToTheOriginal()
    {
        var page = CachedPage.Create(Page, "text/html");

        Assert.NotNull(page.Gzip);
        Assert.NotNull(page.Brotli);
        Assert.True(page.Brotli.Length < Page.Length / 4, $"brotli {page.Brotli.Length} of {Page.Length}");
        Assert.Equal(Page, Decompress(new GZipStream(new MemoryStream(page.Gzip), CompressionMode.Decompress)));
        Assert.Equal(Page, Decompress(new BrotliStream(new MemoryStream(page.Brotli), CompressionMode.Decompress)));
        Assert.Equal(Page.Length + page.Gzip.Length + page.Brotli.Length, page.Size);
    }

    [Fact]
    public void Create_TinyBody_NoVariantLargerThanTheOriginal()
    {
        var page = CachedPage.Create("ok"u8, "text/html");

        Assert.Null(page.Gzip);
        Assert.Null(page.Brotli);
        Assert.Equal((page.Identity, page.IdentityETag, ContentCoding.Identity), page.Select(ContentCoding.Brotli));
    }

    [Fact]
    public void Select_Coding_ThatVariantWithItsTag()
    {
        var page = CachedPage.Create(Page, "text/html");

        Assert.Equal((page.Brotli!, page.BrotliETag, ContentCoding.Brotli), page.Select(ContentCoding.Brotli));
        Assert.Equal((page.Gzip!, page.GzipETag, ContentCoding.Gzip), page.Select(ContentCoding.Gzip));
        Assert.Equal((page.Identity, page.IdentityETag, ContentCoding.Identity), page.Select(ContentCoding.Identity));
    }

    [Theory]
    [InlineData("\"abc\"", true)]
    [InlineData("W/\"abc\"", true)]
    [InlineData("\"x\", \"abc\"", true)]
    [InlineData("*", true)]
    [InlineData("\"abc-gz\"", false)]
    [InlineData("abc", false)]
    [InlineData("", false)]
    public void Matches_IfNoneMatch(string header, bool expected) =>
        Assert.Equal(expected, CachedPage.Matches(header, "\"abc\""));

    private static byte[] Decompress(Stream stream)
    {
        using (stream)
        {
            using var output = new MemoryStream();
            stream.CopyTo(output);
            return output.ToArray();
        }
    }
}
