using NewsReader.Files;
using NewsReader.Images;

namespace NewsReader.Parsing;

/// <summary>The size of an image the site serves under <see cref="MediaPaths.Prefix"/>, read from its file's header.</summary>
public static class MediaImageSize
{
    /// <returns>Width and height, or null when the path is not a media path, the file is gone or its header gives no size.</returns>
    public static (int Width, int Height)? Read(string? sitePath, SeedsFolderBoundary? boundary)
    {
        if (boundary is null || sitePath is null || !sitePath.StartsWith(MediaPaths.Prefix, StringComparison.Ordinal))
        {
            return null;
        }

        var relative = Path.Join([.. sitePath[MediaPaths.Prefix.Length..].Split('?', '#')[0].Split('/').Select(Uri.UnescapeDataString)]);
        try
        {
            return boundary.Locate(relative) is { } file && File.Exists(file) && ImageHeader.ReadFile(file) is { Width: { } width, Height: { } height }
                ? (width, height)
                : null;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    /// <summary>The figure with its file's own size: an <c>img</c>'s attributes give the size it was shown at, not the picture's.</summary>
    /// <param name="figure">The lead figure, if any.</param>
    /// <param name="boundary">The seeds folder.</param>
    /// <param name="sources">The page's pictures as already resolved: their headers were read then, so a file is not read twice.</param>
    public static LeadFigure? Measured(LeadFigure? figure, SeedsFolderBoundary? boundary, Html.ImageSources sources) =>
        figure is not null && (sources.SizeOf(figure.Url) ?? Read(figure.Url, boundary)) is var (width, height)
            ? figure with { Width = width, Height = height }
            : figure;
}
