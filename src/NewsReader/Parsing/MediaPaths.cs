using NewsReader.Files;

namespace NewsReader.Parsing;

/// <summary>
/// Where an image beside an article file is served: <c>/media/</c> plus its path inside the seeds
/// folder. Paths that would leave the folder, and files that are not raster images, get none.
/// </summary>
public static class MediaPaths
{
    public const string Prefix = "/media/";

    /// <summary>SVG is left out: opened on its own, it is a document that can carry script.</summary>
    public static readonly IReadOnlySet<string> ImageExtensions = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        ".png", ".jpg", ".jpeg", ".gif", ".webp", ".avif",
    };

    /// <param name="sourceFile">The article's path relative to the seeds folder.</param>
    /// <param name="reference">The relative URL written in the article.</param>
    /// <param name="boundary">The seeds folder: when given, the image's real path (links followed) must lie inside it.</param>
    /// <returns>The site path, or null when the reference leaves the folder or is not an image.</returns>
    public static string? Resolve(string sourceFile, string reference, SeedsFolderBoundary? boundary = null)
    {
        ArgumentNullException.ThrowIfNull(sourceFile);
        ArgumentNullException.ThrowIfNull(reference);
        var path = reference.Split('?', '#')[0];
        if (path.Length == 0 || path.Contains('\\', StringComparison.Ordinal) || path.Contains(':', StringComparison.Ordinal))
        {
            return null;
        }

        var segments = new List<string>();
        // Source files use '/' between folders on every platform (a '\\' is part of a Linux name).
        var folder = sourceFile.LastIndexOf('/') is var slash and >= 0 ? sourceFile[..slash] : "";
        var start = path.StartsWith('/') ? path : $"{folder}/{path}";
        foreach (var segment in start.Split('/', StringSplitOptions.RemoveEmptyEntries))
        {
            if (segment == "..")
            {
                if (segments.Count == 0)
                {
                    return null;
                }

                segments.RemoveAt(segments.Count - 1);
            }
            else if (segment != ".")
            {
                segments.Add(Uri.UnescapeDataString(segment));
            }
        }

        if (segments.Count == 0 || !ImageExtensions.Contains(Path.GetExtension(segments[^1])) || segments.Any(s => s.StartsWith('.') || s.Contains('\0', StringComparison.Ordinal))
            || (boundary is not null && !boundary.Contains(Path.Join([.. segments]))))
        {
            return null;
        }

        return Prefix + string.Join('/', segments.Select(Uri.EscapeDataString));
    }
}
