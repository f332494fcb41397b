using NewsReader.Files;
using NewsReader.Images;

namespace NewsReader.Parsing.Html;

/// <summary>
/// Where each picture of one article is shown from: a file inside the seeds folder as
/// <c>/media/…</c> (with its size read from its bytes), another site's picture as its absolute
/// http(s) address (the rewrite after parsing decides how it is served), and a reference to a file
/// that is not there as nothing, noted in <see cref="Missing"/> so the operator sees it on /status.
/// One instance per parse: it remembers what it resolved.
/// </summary>
public sealed class ImageSources(string sourceFile, SeedsFolderBoundary? boundary, Uri? baseAddress)
{
    // Readability makes every path in what it keeps absolute, against the page's address; a local
    // picture travels through it under this host, which no page can reach (.invalid), and comes back
    // as its /media/ path only when it was resolved here.
    private const string LocalHost = "https://local-media.invalid";

    private readonly Dictionary<string, ImageHeader?> _local = new(StringComparer.Ordinal);
    private readonly List<string> _missing = [];

    /// <summary>References to files that do not exist inside the seeds folder, as written, in order.</summary>
    public IReadOnlyList<string> Missing => _missing;

    /// <summary>The address a picture written as <paramref name="url"/> is shown from, or null when it cannot be had.</summary>
    public string? Resolve(string? url)
    {
        var normalized = UrlClassifier.Normalize(url);
        return UrlClassifier.Classify(normalized) switch
        {
            UrlKind.Remote when normalized.StartsWith(LocalHost + "/", StringComparison.OrdinalIgnoreCase) =>
                _local.ContainsKey(normalized[LocalHost.Length..]) ? normalized[LocalHost.Length..] : null,
            UrlKind.Remote => UrlClassifier.ToAbsolute(normalized, baseAddress)?.AbsoluteUri,
            UrlKind.Local => Local(normalized),
            _ => null,
        };
    }

    /// <summary>As <see cref="Resolve"/>, but a local picture as an absolute address that survives Readability (see <see cref="Resolve"/> to read it back).</summary>
    public string? ResolveAbsolute(string? url) =>
        Resolve(url) is { } shown && shown.StartsWith(MediaPaths.Prefix, StringComparison.Ordinal) ? LocalHost + shown : Resolve(url);

    /// <summary>The width and height of a local picture resolved here, when its header gives them.</summary>
    public (int Width, int Height)? SizeOf(string shown) =>
        _local.TryGetValue(shown, out var header) && header is { Width: { } width, Height: { } height } ? (width, height) : null;

    private string? Local(string reference)
    {
        if (boundary is null)
        {
            // No folder to look in (a page parsed on its own): a page that names its address means
            // its paths on that site; otherwise a picture's name is taken at its word.
            return baseAddress is not null ? UrlClassifier.ToAbsolute(reference, baseAddress)?.AbsoluteUri : Remember(MediaPaths.Resolve(sourceFile, reference), null);
        }

        var file = MediaPaths.FilePath(sourceFile, reference, boundary);
        if (file is not null && File.Exists(file))
        {
            return MediaPaths.Resolve(sourceFile, reference, boundary) is { } site ? Remember(site, Header(file)) : null;
        }

        if (baseAddress is not null)
        {
            // A page saved without its pictures: they are still on the site it came from.
            return UrlClassifier.ToAbsolute(reference, baseAddress)?.AbsoluteUri;
        }

        if (file is not null && !_missing.Contains(reference, StringComparer.Ordinal))
        {
            _missing.Add(reference);
        }

        return null;
    }

    private string? Remember(string? site, ImageHeader? header)
    {
        if (site is not null)
        {
            _local[site] = header;
        }

        return site;
    }

    private static ImageHeader? Header(string file)
    {
        try
        {
            return ImageHeader.ReadFile(file);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }
}
