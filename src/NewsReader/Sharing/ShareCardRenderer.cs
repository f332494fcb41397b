using SkiaSharp;

namespace NewsReader.Sharing;

/// <summary>
/// Draws an article's social preview card (the <c>og:image</c>): the site's name and the headline on a
/// plain background. Only the bundled fonts are used, so the bytes are the same on every machine.
/// </summary>
public static class ShareCardRenderer
{
    public const int Width = 1200;
    public const int Height = 630;

    /// <summary>Bump when the look changes, so cached URLs change.</summary>
    public const string DesignVersion = "1";

    private const float Margin = 80;
    private const float AccentBarHeight = 12;
    private const float SiteNameSize = 36;
    private const float MaxHeadlineSize = 76;
    private const float MinHeadlineSize = 40;
    private const float HeadlineSizeStep = 2;
    private const int MaxHeadlineLines = 5;
    private const float HeadlineLeading = 1.12f;
    private const float GapBelowSiteName = 56;

    private static readonly SKColor Background = new(0xFD, 0xFC, 0xF8);
    private static readonly SKColor Ink = new(0x1C, 0x19, 0x17);
    private static readonly SKColor Accent = new(0x9B, 0x2C, 0x1F);

    // Typefaces are immutable and safe to share between threads; fonts and paints are made per call.
    private static readonly SKTypeface HeadlineTypeface = LoadTypeface("InterDisplay-Bold.otf");
    private static readonly SKTypeface SiteNameTypeface = LoadTypeface("Inter-SemiBold.otf");

    /// <summary>The card as PNG bytes; text that does not fit is shrunk, then cut with an ellipsis.</summary>
    public static byte[] RenderPng(string headline, string siteName)
    {
        ArgumentNullException.ThrowIfNull(headline);
        ArgumentNullException.ThrowIfNull(siteName);

        var info = new SKImageInfo(Width, Height, SKColorType.Rgba8888, SKAlphaType.Opaque);
        using var surface = SKSurface.Create(info)
            ?? throw new InvalidOperationException("Skia could not allocate the share card surface.");
        var canvas = surface.Canvas;
        canvas.Clear(Background);

        using var paint = new SKPaint { IsAntialias = true, Color = Accent };
        canvas.DrawRect(SKRect.Create(0, 0, Width, AccentBarHeight), paint);

        var headlineTop = DrawSiteName(canvas, paint, siteName);
        DrawHeadline(canvas, paint, headline, headlineTop);

        using var image = surface.Snapshot();
        using var png = image.Encode(SKEncodedImageFormat.Png, 100);
        return png.ToArray();
    }

    /// <summary>Draws the site name in the top-left corner and returns where the headline may begin.</summary>
    private static float DrawSiteName(SKCanvas canvas, SKPaint paint, string siteName)
    {
        using var font = CreateFont(SiteNameTypeface, SiteNameSize);
        font.GetFontMetrics(out var metrics);
        var baseline = Margin + metrics.CapHeight;
        var lines = HeadlineLayout.Fit(siteName, text => font.MeasureText(text), Width - (2 * Margin), 1);
        if (lines.Count > 0)
        {
            paint.Color = Accent;
            canvas.DrawText(lines[0], Margin, baseline, SKTextAlign.Left, font, paint);
        }

        return baseline + GapBelowSiteName;
    }

    private static void DrawHeadline(SKCanvas canvas, SKPaint paint, string headline, float top)
    {
        var maxWidth = Width - (2 * Margin);
        var maxHeight = Height - Margin - top;

        for (var size = MaxHeadlineSize; size >= MinHeadlineSize; size -= HeadlineSizeStep)
        {
            using var font = CreateFont(HeadlineTypeface, size);
            font.GetFontMetrics(out var metrics);
            var lineHeight = size * HeadlineLeading;
            // Cap height on the first line and descenders on the last must both stay inside the box.
            var linesThatFit = (int)Math.Floor(((maxHeight - metrics.CapHeight - metrics.Descent) / lineHeight) + 1);
            var maxLines = Math.Clamp(linesThatFit, 1, MaxHeadlineLines);
            var isLast = size - HeadlineSizeStep < MinHeadlineSize;
            var lines = isLast
                ? HeadlineLayout.Fit(headline, text => font.MeasureText(text), maxWidth, maxLines)
                : HeadlineLayout.Wrap(headline, text => font.MeasureText(text), maxWidth);
            if (lines.Count > maxLines)
            {
                continue;
            }

            paint.Color = Ink;
            var blockHeight = metrics.CapHeight + ((lines.Count - 1) * lineHeight) + metrics.Descent;
            // Resting on the bottom margin keeps the last line in one place for any length, like a print cover.
            var baseline = top + (maxHeight - blockHeight) + metrics.CapHeight;
            foreach (var line in lines)
            {
                canvas.DrawText(line, Margin, baseline, SKTextAlign.Left, font, paint);
                baseline += lineHeight;
            }

            return;
        }
    }

    private static SKFont CreateFont(SKTypeface typeface, float size) => new(typeface, size)
    {
        // Grayscale antialiasing without subpixel positioning or hinting: the same pixels everywhere.
        Edging = SKFontEdging.Antialias,
        Subpixel = false,
        Hinting = SKFontHinting.None,
    };

    private static SKTypeface LoadTypeface(string fileName)
    {
        var name = "NewsReader.Sharing.Fonts." + fileName;
        using var stream = typeof(ShareCardRenderer).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"The embedded font {name} is missing.");
        return SKTypeface.FromStream(stream)
            ?? throw new InvalidOperationException($"The embedded font {name} could not be read.");
    }
}
