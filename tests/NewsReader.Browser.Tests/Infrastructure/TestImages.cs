using SkiaSharp;

namespace NewsReader.Browser.Tests.Infrastructure;

/// <summary>Pictures for fixture articles: a plain sky over a sea, real PNG bytes of the size asked for.</summary>
public static class TestImages
{
    public static byte[] Png(int width, int height)
    {
        using var bitmap = new SKBitmap(width, height);
        using (var canvas = new SKCanvas(bitmap))
        {
            canvas.Clear(new SKColor(0x8E, 0xC5, 0xE8));
            using var sea = new SKPaint { Color = new SKColor(0x1F, 0x4E, 0x79) };
            canvas.DrawRect(0, height * 0.6f, width, height * 0.4f, sea);
        }

        using var encoded = SKImage.FromBitmap(bitmap).Encode(SKEncodedImageFormat.Png, 100);
        return encoded.ToArray();
    }
}
