using System.Globalization;

namespace NewsReader.Images;

/// <summary>
/// The addresses of one site image at the widths the app's image service makes (<c>?w=N</c> on a
/// <c>/media/</c> or <c>/images/remote/</c> path), for <c>srcset</c>, share cards and thumbnails.
/// Never a width above the picture's own: the service does not upscale, so such a copy is only a
/// larger download of the same pixels.
/// </summary>
public static class ResponsiveImage
{

    /// <summary>
    /// True only for a path on the app's own address ("/media/…", "/images/remote/…"): a reader's
    /// browser must never be sent to another host for a picture.
    /// </summary>
    public static bool IsSiteRelative(string? url) =>
        url is { Length: > 1 } && url[0] == '/' && url[1] is not ('/' or '\\')
        && !url.Any(c => char.IsControl(c) || c is '\\' or ' ');

    /// <summary>The widths to offer for a picture <paramref name="knownWidth"/> wide (all of them when unknown).</summary>
    public static IReadOnlyList<int> WidthsFor(int? knownWidth) =>
        knownWidth is { } width ? [.. ImageWidths.All.Where(w => w <= width)] : ImageWidths.All;

    /// <summary>The copy closest to <paramref name="wanted"/> without going over it or the picture's width; the original when it is narrower than every copy.</summary>
    public static string At(string url, int? knownWidth, int wanted)
    {
        ArgumentNullException.ThrowIfNull(url);
        var fits = WidthsFor(knownWidth).Where(w => w <= wanted).ToList();
        return fits.Count == 0 ? url : Sized(url, fits[^1]);
    }

    /// <summary>The width of the copy <see cref="At"/> picks, or the picture's own (or null when unknown) when it picks the original.</summary>
    public static int? WidthAt(int? knownWidth, int wanted) =>
        WidthsFor(knownWidth).Where(w => w <= wanted).Select(w => (int?)w).LastOrDefault() ?? knownWidth;

    /// <summary>A <c>srcset</c> value, or null when the picture is narrower than every copy.</summary>
    /// <param name="largest">The widest copy worth offering (a thumbnail never needs the 1920 one); all when null.</param>
    public static string? SrcSet(string url, int? knownWidth, int? largest = null)
    {
        ArgumentNullException.ThrowIfNull(url);
        var widths = WidthsFor(knownWidth).Where(w => w <= (largest ?? int.MaxValue)).ToList();
        return widths.Count == 0 ? null : string.Join(", ", widths.Select(w => $"{Sized(url, w)} {w.ToString(CultureInfo.InvariantCulture)}w"));
    }

    public static string Sized(string url, int width)
    {
        ArgumentNullException.ThrowIfNull(url);
        return url + (url.Contains('?', StringComparison.Ordinal) ? '&' : '?') + "w=" + width.ToString(CultureInfo.InvariantCulture);
    }
}
