using System.Buffers.Binary;
using NewsReader.Images;
using SkiaSharp;

namespace NewsReader.Tests.Images;

public sealed class ImageResizerTests
{
    private static byte[] Encode(SKEncodedImageFormat format, int width, int height) => TestImages.Encode(format, width, height);

    [Theory]
    [InlineData(SKEncodedImageFormat.Png, 320)]
    [InlineData(SKEncodedImageFormat.Jpeg, 640)]
    [InlineData(SKEncodedImageFormat.Webp, 960)]
    public void Resize_WiderImage_WebPOfThatWidthKeepingAspect(SKEncodedImageFormat format, int width)
    {
        var resized = ImageResizer.Resize(Encode(format, 2000, 1000), width);

        Assert.NotNull(resized);
        Assert.Equal(new ImageHeader(ImageFormat.WebP, width, width / 2), ImageHeader.Read(resized));
    }

    [Fact]
    public void Resize_ImageAlreadyNarrower_NullSoOriginalIsServed() =>
        Assert.Null(ImageResizer.Resize(Encode(SKEncodedImageFormat.Png, 300, 200), 320));

    [Fact]
    public void Resize_NotAnImage_Null() =>
        Assert.Null(ImageResizer.Resize("<svg xmlns=\"http://www.w3.org/2000/svg\"/>"u8.ToArray(), 320));

    [Fact]
    public void Resize_HeaderClaimsHugePicture_NullWithoutDecoding()
    {
        // A small PNG whose header says 60,000 × 60,000 pixels: 14 GB once decoded.
        var bomb = Encode(SKEncodedImageFormat.Png, 10, 10);
        BinaryPrimitives.WriteInt32BigEndian(bomb.AsSpan(16), 60_000);
        BinaryPrimitives.WriteInt32BigEndian(bomb.AsSpan(20), 60_000);

        Assert.Null(ImageResizer.Resize(bomb, 320));
    }
}
