using SkiaSharp;

namespace NewsReader.Sharing;

/// <summary>
/// The installed app's icon: the favicon's "N" on the accent colour, drawn at any size so the
/// web app manifest can offer the sizes phones ask for without binary files in the repository.
/// A maskable icon fills the square and keeps the letter inside the central safe zone.
/// </summary>
public static class AppIconRenderer
{
    /// <summary>The sizes the manifest lists: Android's launcher and splash screen sizes.</summary>
    public static readonly IReadOnlyList<int> Sizes = [192, 512];

    // The same letter as wwwroot/favicon.svg, on a 64-unit grid.
    private const string LetterPath = "M18 46V18h6l16 19V18h6v28h-6L24 27v19z";
    private const float Grid = 64;

    private static readonly SKColor Accent = new(0x9B, 0x2C, 0x1F);

    public static byte[] RenderPng(int size, bool maskable)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(size, 16);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(size, 1024);

        var info = new SKImageInfo(size, size, SKColorType.Rgba8888, SKAlphaType.Premul);
        using var surface = SKSurface.Create(info)
            ?? throw new InvalidOperationException("Skia could not allocate the icon surface.");
        var canvas = surface.Canvas;
        canvas.Clear(SKColors.Transparent);
        using var paint = new SKPaint { IsAntialias = true, Color = Accent };
        if (maskable)
        {
            // Launchers crop maskable icons to any shape inside the central 80%.
            canvas.DrawRect(0, 0, size, size, paint);
            canvas.Translate(size * 0.1f, size * 0.1f);
            canvas.Scale(size * 0.8f / Grid);
        }
        else
        {
            canvas.Scale(size / Grid);
            canvas.DrawRoundRect(0, 0, Grid, Grid, 12, 12, paint);
        }

        paint.Color = SKColors.White;
        using var letter = SKPath.ParseSvgPathData(LetterPath);
        canvas.DrawPath(letter, paint);

        using var image = surface.Snapshot();
        using var png = image.Encode(SKEncodedImageFormat.Png, 100);
        return png.ToArray();
    }
}
