using NewsReader.Serving;

namespace NewsReader.Tests.Serving;

public sealed class AcceptEncodingTests
{
    [Theory]
    [InlineData("", ContentCoding.Identity)]
    [InlineData("identity", ContentCoding.Identity)]
    [InlineData("gzip", ContentCoding.Gzip)]
    [InlineData("GZIP", ContentCoding.Gzip)]
    [InlineData("x-gzip", ContentCoding.Gzip)]
    [InlineData("br", ContentCoding.Brotli)]
    [InlineData("gzip, deflate, br, zstd", ContentCoding.Brotli)]
    [InlineData("gzip;q=1.0, br;q=0.5", ContentCoding.Gzip)]
    [InlineData("br;q=0, gzip", ContentCoding.Gzip)]
    [InlineData("br;q=0, gzip;q=0", ContentCoding.Identity)]
    [InlineData("*", ContentCoding.Brotli)]
    [InlineData("*;q=0", ContentCoding.Identity)]
    [InlineData("gzip, *;q=0", ContentCoding.Gzip)]
    [InlineData("deflate", ContentCoding.Identity)]
    [InlineData(" br ; q=0.8 , gzip ; q=0.9 ", ContentCoding.Gzip)]
    [InlineData("br;q=banana, gzip", ContentCoding.Gzip)]
    [InlineData(",,;;q=,", ContentCoding.Identity)]
    public void Choose_Header_BestAcceptedCoding(string header, ContentCoding expected) =>
        Assert.Equal(expected, AcceptEncoding.Choose(header));

    [Fact]
    public void Choose_BrotliMissing_FallsBackToGzip() =>
        Assert.Equal(ContentCoding.Gzip, AcceptEncoding.Choose("br, gzip", brotliAvailable: false));

    [Fact]
    public void Choose_NoCompressedVariants_Identity() =>
        Assert.Equal(ContentCoding.Identity, AcceptEncoding.Choose("br, gzip", brotliAvailable: false, gzipAvailable: false));
}
