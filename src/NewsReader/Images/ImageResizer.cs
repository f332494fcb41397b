using SkiaSharp;

namespace NewsReader.Images;

/// <summary>
/// Narrower copies of an image for <c>?w=N</c>: aspect kept, never enlarged, encoded as WebP.
/// The size is read from the header before anything is decoded, so a small file that claims
/// a huge picture (a decompression bomb) is refused without taking the memory.
/// </summary>
public static class ImageResizer
{
    /// <summary>50 megapixels: past any photo a news page shows, well short of what would strain memory.</summary>
    public const long MaxPixels = 50_000_000;

    private const int Quality = 80;

    /// <returns>
    /// The resized image as WebP, or null when the original should be served as it is: already
    /// no wider than <paramref name="width"/>, animated (a copy would keep one frame), too large
    /// to decode safely, or in a format the decoder does not read.
    /// </returns>
    public static byte[]? Resize(byte[] bytes, int width)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(width);
        using var data = SKData.CreateCopy(bytes);
        using var codec = SKCodec.Create(data);
        if (codec is null || codec.FrameCount > 1 || (long)codec.Info.Width * codec.Info.Height > MaxPixels)
        {
            return null;
        }

        // Sideways photos (EXIF orientation 5–8) are as wide as they are tall once turned.
        var origin = codec.EncodedOrigin;
        var sideways = origin is SKEncodedOrigin.LeftTop or SKEncodedOrigin.RightTop or SKEncodedOrigin.RightBottom or SKEncodedOrigin.LeftBottom;
        var (shownWidth, shownHeight) = sideways ? (codec.Info.Height, codec.Info.Width) : (codec.Info.Width, codec.Info.Height);
        if (shownWidth <= width)
        {
            return null;
        }

        var height = Math.Max(1, (int)Math.Round((double)shownHeight * width / shownWidth));
        using var decoded = Decode(codec, (float)width / shownWidth);
        if (decoded is null)
        {
            return null;
        }

        var (targetWidth, targetHeight) = sideways ? (height, width) : (width, height);
        using var resized = decoded.Resize(new SKImageInfo(targetWidth, targetHeight, SKColorType.Rgba8888, SKAlphaType.Premul), new SKSamplingOptions(SKCubicResampler.Mitchell));
        if (resized is null)
        {
            return null;
        }

        if (origin == SKEncodedOrigin.TopLeft)
        {
            using var plain = resized.Encode(SKEncodedImageFormat.Webp, Quality);
            return plain?.ToArray();
        }

        using var surface = SKSurface.Create(new SKImageInfo(width, height, SKColorType.Rgba8888, SKAlphaType.Premul));
        var canvas = surface.Canvas;
        canvas.Clear(SKColors.Transparent);
        Orient(canvas, origin, width, height);
        using var upright = SKImage.FromBitmap(resized);
        canvas.DrawImage(upright, 0, 0, SKSamplingOptions.Default);
        using var image = surface.Snapshot();
        using var encoded = image.Encode(SKEncodedImageFormat.Webp, Quality);
        return encoded?.ToArray();
    }

    /// <summary>Decodes at the smallest size the codec offers that is still at least the scale asked (JPEG can skip work).</summary>
    private static SKBitmap? Decode(SKCodec codec, float scale)
    {
        var size = codec.GetScaledDimensions(Math.Min(1f, scale));
        if (size.Width < codec.Info.Width * scale || size.Height < codec.Info.Height * scale)
        {
            size = codec.Info.Size;
        }

        var info = new SKImageInfo(size.Width, size.Height, SKColorType.Rgba8888, SKAlphaType.Premul);
        var bitmap = new SKBitmap(info);
        var result = codec.GetPixels(info, bitmap.GetPixels());
        if (result is SKCodecResult.Success or SKCodecResult.IncompleteInput)
        {
            return bitmap;
        }

        bitmap.Dispose();
        return null;
    }

    /// <summary>The transform that draws the stored pixels upright on a canvas of the shown size.</summary>
    private static void Orient(SKCanvas canvas, SKEncodedOrigin origin, int width, int height)
    {
        switch (origin)
        {
            case SKEncodedOrigin.TopRight: canvas.Scale(-1, 1, width / 2f, 0); break;
            case SKEncodedOrigin.BottomRight: canvas.RotateDegrees(180, width / 2f, height / 2f); break;
            case SKEncodedOrigin.BottomLeft: canvas.Scale(1, -1, 0, height / 2f); break;
            case SKEncodedOrigin.RightTop: canvas.Translate(width, 0); canvas.RotateDegrees(90); break;
            case SKEncodedOrigin.LeftBottom: canvas.Translate(0, height); canvas.RotateDegrees(270); break;
            case SKEncodedOrigin.LeftTop: canvas.Scale(-1, 1, width / 2f, 0); canvas.Translate(width, 0); canvas.RotateDegrees(90); break;
            case SKEncodedOrigin.RightBottom: canvas.Scale(-1, 1, width / 2f, 0); canvas.Translate(0, height); canvas.RotateDegrees(270); break;
            default: break;
        }
    }
}
