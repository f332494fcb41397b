using System.Collections.Immutable;

namespace NewsReader.Images;

/// <summary>
/// The widths an image is resized to (<c>?w=N</c>). A fixed short list, so a query string cannot
/// fill the cache with one copy per pixel count.
/// </summary>
public static class ImageWidths
{
    public static ImmutableArray<int> All { get; } = [320, 640, 960, 1280, 1920];

    public static bool IsAllowed(int width) => All.Contains(width);
}
