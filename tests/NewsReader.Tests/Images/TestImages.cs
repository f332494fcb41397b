using SkiaSharp;

namespace NewsReader.Tests.Images;

/// <summary>Real encoded pictures of a given size, for the sniffing and resizing tests.</summary>
internal static class TestImages
{
    public static byte[] Encode(SKEncodedImageFormat format, int width, int height)
    {
        using var bitmap = new SKBitmap(width, height);
        bitmap.Erase(SKColors.Teal);
        using var image = SKImage.FromBitmap(bitmap);
        return image.Encode(format, 80).ToArray();
    }
}
