using System.Text;
using NewsReader.Images;
using SkiaSharp;

namespace NewsReader.Tests.Images;

public sealed class ImageHeaderTests
{
    private static byte[] Encode(SKEncodedImageFormat format, int width, int height) => TestImages.Encode(format, width, height);

    [Theory]
    [InlineData(SKEncodedImageFormat.Png, ImageFormat.Png, "image/png")]
    [InlineData(SKEncodedImageFormat.Jpeg, ImageFormat.Jpeg, "image/jpeg")]
    [InlineData(SKEncodedImageFormat.Webp, ImageFormat.WebP, "image/webp")]
    public void Read_EncodedImage_FormatAndSize(SKEncodedImageFormat encoding, ImageFormat format, string mediaType)
    {
        var header = ImageHeader.Read(Encode(encoding, 321, 123));

        Assert.NotNull(header);
        Assert.Equal(format, header.Format);
        Assert.Equal(mediaType, header.MediaType);
        Assert.Equal(321, header.Width);
        Assert.Equal(123, header.Height);
    }

    [Fact]
    public void Read_Gif_FormatAndSize()
    {
        byte[] gif = [.. "GIF89a"u8, 0x40, 0x01, 0xC8, 0x00, 0x80, 0x00, 0x00];

        Assert.Equal(new ImageHeader(ImageFormat.Gif, 320, 200), ImageHeader.Read(gif));
    }

    [Theory]
    [InlineData("<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>")]
    [InlineData("<?xml version=\"1.0\"?><svg/>")]
    [InlineData("<!DOCTYPE html><html><body>Not found</body></html>")]
    [InlineData("")]
    [InlineData("\u0089PNG")]
    public void Read_NotARasterImage_Null(string text)
    {
        Assert.Null(ImageHeader.Read(Encoding.Latin1.GetBytes(text)));
    }

    [Fact]
    public void Read_TruncatedJpeg_FormatWithoutSize()
    {
        var header = ImageHeader.Read(Encode(SKEncodedImageFormat.Jpeg, 50, 40).AsSpan(0, 20));

        Assert.Equal(new ImageHeader(ImageFormat.Jpeg, null, null), header);
    }

    [Fact]
    public void ReadFile_ImageSavedWithoutExtension_Sniffed()
    {
        var path = Path.Combine(Path.GetTempPath(), $"nr-header-{Guid.NewGuid():N}");
        File.WriteAllBytes(path, Encode(SKEncodedImageFormat.Png, 64, 48));
        try
        {
            Assert.Equal(new ImageHeader(ImageFormat.Png, 64, 48), ImageHeader.ReadFile(path));
        }
        finally
        {
            File.Delete(path);
        }
    }
}
