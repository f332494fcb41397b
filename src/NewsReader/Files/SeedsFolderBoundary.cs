namespace NewsReader.Files;

/// <summary>
/// The one "is this inside the seeds folder?" check. It compares real paths: every symbolic link
/// along a path is followed (not just the last one), so <c>seeds/rootlink/etc/x.png</c> with
/// <c>rootlink → /</c> is outside, while a link to another folder inside the seeds folder is fine.
/// Media, images in articles, the scanner and the app's own files under <c>.newsreader/</c> all ask here.
/// </summary>
public sealed class SeedsFolderBoundary
{
    /// <summary>Linux gives up after 40 links in one path; so does this, instead of looping on a link cycle.</summary>
    private const int MaxLinks = 40;

    private static readonly StringComparison PathComparison =
        OperatingSystem.IsWindows() || OperatingSystem.IsMacOS() ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;

    public SeedsFolderBoundary(string folder)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(folder);
        Folder = Path.TrimEndingDirectorySeparator(Path.GetFullPath(folder));
        RealFolder = Path.TrimEndingDirectorySeparator(RealPath(Folder));
    }

    /// <summary>The folder as configured, made absolute.</summary>
    public string Folder { get; }

    /// <summary>The folder with every link on its way resolved: what containment is measured against.</summary>
    public string RealFolder { get; }

    /// <summary>True when <paramref name="path"/> (absolute, or relative to the folder) really lies in the folder.</summary>
    public bool Contains(string path) => Locate(path) is not null;

    /// <summary>
    /// The real path of <paramref name="path"/> (absolute, or relative to the folder) when it lies
    /// inside the folder; null when it leads outside or its links loop.
    /// </summary>
    public string? Locate(string path)
    {
        try
        {
            var real = RealPath(Path.GetFullPath(path, Folder));
            return IsUnder(real, RealFolder) ? real : null;
        }
        catch (IOException)
        {
            return null;
        }
    }

    /// <summary>
    /// Why the app must not write <paramref name="path"/>, or null when it may: neither the file
    /// nor its folder may be a link, and a file meant to be inside the seeds folder must really be there.
    /// </summary>
    public string? RefuseWrite(string path)
    {
        var full = Path.GetFullPath(path, Folder);
        var folder = Path.GetDirectoryName(full)!;
        if (IsLink(folder))
        {
            return $"its folder {folder} is a symbolic link; the app does not write through links";
        }

        if (IsLink(full))
        {
            return $"{full} is a symbolic link; the app does not write through links";
        }

        return IsUnder(full, Folder) && !Contains(folder)
            ? $"{full} leads outside the seeds folder {Folder}"
            : null;
    }

    /// <summary>True when <paramref name="path"/> is <paramref name="root"/> or lies below it, comparing the text only.</summary>
    public static bool IsUnder(string path, string root)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(root);
        root = Path.TrimEndingDirectorySeparator(root);
        return path.Equals(root, PathComparison)
            || (path.StartsWith(root, PathComparison) && path.Length > root.Length && path[root.Length] == Path.DirectorySeparatorChar);
    }

    /// <summary>
    /// <c>realpath</c>: the absolute path with every link along it replaced by its target. The
    /// part that does not exist yet (a file about to be written) is kept as written.
    /// </summary>
    public static string RealPath(string path)
    {
        var full = Path.GetFullPath(path);
        var root = Path.GetPathRoot(full)!;
        var pending = new Stack<string>(Segments(full[root.Length..]).Reverse());
        var current = root;
        var links = 0;
        while (pending.TryPop(out var segment))
        {
            if (segment == "..")
            {
                current = Path.GetDirectoryName(current) ?? current;
                continue;
            }

            var next = Path.Join(current, segment);
            var target = LinkTarget(next);
            if (target is null)
            {
                current = next;
                continue;
            }

            if (++links > MaxLinks)
            {
                throw new IOException($"too many levels of symbolic links in {full}");
            }

            // The target is read relative to the folder holding the link, and may hold links itself.
            foreach (var part in Segments(target).Reverse())
            {
                pending.Push(part);
            }

            if (Path.IsPathRooted(target))
            {
                current = Path.GetPathRoot(target)!;
            }
        }

        return current;
    }

    private static bool IsLink(string path) => LinkTarget(path) is not null;

    private static string? LinkTarget(string path)
    {
        try
        {
            return new FileInfo(path).LinkTarget;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    private static IEnumerable<string> Segments(string path) =>
        path.Split([Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar], StringSplitOptions.RemoveEmptyEntries)
            .Where(segment => segment != ".");
}
