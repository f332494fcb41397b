using SkiaSharp;

namespace NewsReader.Web.Tests.Infrastructure;

/// <summary>A real PNG of a given size (a sky over a sea), for pages whose picture must load and measure.</summary>
internal static class TestPng
{
    public static byte[] Make(int width, int height)
    {
        using var bitmap = new SKBitmap(width, height);
        using (var canvas = new SKCanvas(bitmap))
        {
            canvas.Clear(new SKColor(0x8E, 0xC5, 0xE8));
            using var sea = new SKPaint { Color = new SKColor(0x1F, 0x4E, 0x79) };
            canvas.DrawRect(0, height * 0.6f, width, height * 0.4f, sea);
        }

        using var image = SKImage.FromBitmap(bitmap);
        using var data = image.Encode(SKEncodedImageFormat.Png, 100);
        return data.ToArray();
    }
}
