using NewsReader.Files;
using NewsReader.Images;

namespace NewsReader.Parsing;

/// <summary>
/// Where an image beside an article file is served: <c>/media/</c> plus its path inside the seeds
/// folder. Paths that would leave the folder, and files that are not raster images, get none. A file
/// is an image when its extension says so, or, for the names a page saved "complete" gives its
/// pictures (<c>image.php</c>, <c>photo</c>), when its bytes do (<see cref="ImageHeader"/>).
/// </summary>
public static class MediaPaths
{
    public const string Prefix = "/media/";

    private static readonly HashSet<string> ImageExtensionSet = new(StringComparer.OrdinalIgnoreCase)
    {
        ".png", ".jpg", ".jpeg", ".gif", ".webp", ".avif",
    };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> ImageExtensionLookup = ImageExtensionSet.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>SVG is left out: opened on its own, it is a document that can carry script.</summary>
    public static IReadOnlySet<string> ImageExtensions => ImageExtensionSet;

    /// <summary>Whether a file name (or path) ends in an image's extension, without making a string of it: a scan asks it of every file.</summary>
    public static bool HasImageExtension(ReadOnlySpan<char> name) => ImageExtensionLookup.Contains(Path.GetExtension(name));

    /// <param name="sourceFile">The article's path relative to the seeds folder.</param>
    /// <param name="reference">The relative URL written in the article.</param>
    /// <param name="boundary">The seeds folder: when given, the image's real path (links followed) must lie inside it.</param>
    /// <returns>The site path, or null when the reference leaves the folder or is not an image.</returns>
    public static string? Resolve(string sourceFile, string reference, SeedsFolderBoundary? boundary = null)
    {
        var segments = Segments(sourceFile, reference);
        if (segments is null || (boundary is not null && !boundary.Contains(Path.Join([.. segments]))))
        {
            return null;
        }

        return ImageExtensions.Contains(Path.GetExtension(segments[^1])) || (boundary is not null && Sniff(boundary, segments) is not null)
            ? Prefix + string.Join('/', segments.Select(Uri.EscapeDataString))
            : null;
    }

    /// <summary>
    /// The real path of the file a reference names inside the seeds folder, whether or not it exists;
    /// null when the reference leaves the folder or names a hidden file.
    /// </summary>
    public static string? FilePath(string sourceFile, string reference, SeedsFolderBoundary boundary)
    {
        ArgumentNullException.ThrowIfNull(boundary);
        return Segments(sourceFile, reference) is { } segments ? boundary.Locate(Path.Join([.. segments])) : null;
    }

    private static ImageHeader? Sniff(SeedsFolderBoundary boundary, List<string> segments)
    {
        var path = boundary.Locate(Path.Join([.. segments]));
        try
        {
            return path is not null && File.Exists(path) ? ImageHeader.ReadFile(path) : null;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    /// <summary>The reference's folders and name from the seeds folder down; null when it leaves the folder or names a hidden file.</summary>
    private static List<string>? Segments(string sourceFile, string reference)
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

        return segments.Count == 0 || segments.Any(s => s.StartsWith('.') || s.Contains('\0', StringComparison.Ordinal)) ? null : segments;
    }
}
