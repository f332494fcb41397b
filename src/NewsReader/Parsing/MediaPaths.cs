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
    /// <returns>The site path, or null when the reference leaves the folder or is not an image.</returns>
    public static string? Resolve(string sourceFile, string reference)
    {
        ArgumentNullException.ThrowIfNull(sourceFile);
        ArgumentNullException.ThrowIfNull(reference);
        var path = reference.Split('?', '#')[0];
        if (path.Length == 0 || path.Contains('\\', StringComparison.Ordinal) || path.Contains(':', StringComparison.Ordinal))
        {
            return null;
        }

        var segments = new List<string>();
        var folder = Path.GetDirectoryName(sourceFile.Replace('\\', '/'))?.Replace('\\', '/') ?? "";
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

        if (segments.Count == 0 || !ImageExtensions.Contains(Path.GetExtension(segments[^1])) || segments.Any(s => s.StartsWith('.')))
        {
            return null;
        }

        return Prefix + string.Join('/', segments.Select(Uri.EscapeDataString));
    }
}
