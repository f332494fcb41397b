using NewsReader.Files;
using NewsReader.Parsing;

namespace NewsReader.Ingestion;

/// <summary>
/// Lists the files a load may read, confined to the seeds folder: hidden entries are skipped,
/// symbolic links are followed only while they stay inside the folder (and each real folder is
/// visited once, so a link loop cannot recurse), and the file-count and total-size limits are applied
/// in path order so the same files are loaded every time. Pictures (served under /media/) and the
/// folder a browser saves beside a page saved "complete" (<c>NAME_files/</c> next to <c>NAME.html</c>,
/// with its pictures, styles and scripts) are an article's companions, not articles: not listed, so
/// they are neither read nor reported as rejected files.
/// </summary>
public static class SeedFolderScanner
{
    public sealed record Result(IReadOnlyList<SeedFile> Files, IReadOnlyList<RejectedFile> Rejected);

    public static Result Scan(string folder, SeedsOptions limits) => Scan(new SeedsFolderBoundary(folder), limits);

    public static Result Scan(SeedsFolderBoundary boundary, SeedsOptions limits)
    {
        ArgumentNullException.ThrowIfNull(boundary);
        ArgumentNullException.ThrowIfNull(limits);

        var top = new DirectoryInfo(boundary.Folder);
        var found = new List<SeedFile>();
        var rejected = new List<RejectedFile>();
        Walk(top, top.FullName, boundary, found, rejected, new HashSet<string>(StringComparer.Ordinal));

        found.Sort((a, b) => string.CompareOrdinal(a.SourceFile, b.SourceFile));
        return ApplyLimits(found, rejected, limits);
    }

    private static void Walk(DirectoryInfo directory, string root, SeedsFolderBoundary boundary, List<SeedFile> found, List<RejectedFile> rejected, HashSet<string> visited)
    {
        if (!visited.Add(SeedsFolderBoundary.RealPath(directory.FullName)))
        {
            return;
        }

        IEnumerable<FileSystemInfo> entries;
        try
        {
            entries = directory.EnumerateFileSystemInfos();
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            rejected.Add(new RejectedFile(Relative(root, directory.FullName) + "/", $"the folder could not be read: {ex.Message}"));
            return;
        }

        var listed = entries.OrderBy(e => e.Name, StringComparer.Ordinal).ToList();
        var names = listed.Select(e => e.Name).ToHashSet(StringComparer.Ordinal);
        foreach (var entry in listed)
        {
            if (entry.Name.StartsWith('.') || IsCompanion(entry, names))
            {
                continue;
            }

            var sourceFile = Relative(root, entry.FullName);
            // The attributes came with the listing; reading a link target is a system call per
            // entry, so it is asked only of entries that are links.
            if (entry.Attributes.HasFlag(FileAttributes.ReparsePoint) && entry.LinkTarget is not null
                && !boundary.Contains(entry.FullName))
            {
                rejected.Add(new RejectedFile(sourceFile, "symbolic link leads outside the seeds folder; not followed"));
                continue;
            }

            if (entry is DirectoryInfo subfolder)
            {
                Walk(subfolder, root, boundary, found, rejected, visited);
            }
            else if (entry is FileInfo file && TryStat(file, out var length, out var lastWrite))
            {
                found.Add(new SeedFile(sourceFile, file.FullName, length, lastWrite));
            }
        }
    }

    private static bool IsCompanion(FileSystemInfo entry, HashSet<string> siblings) => entry is DirectoryInfo
        ? entry.Name.EndsWith("_files", StringComparison.Ordinal)
            && (siblings.Contains(entry.Name[..^6] + ".html") || siblings.Contains(entry.Name[..^6] + ".htm"))
        : MediaPaths.ImageExtensions.Contains(Path.GetExtension(entry.Name));

    private static Result ApplyLimits(List<SeedFile> found, List<RejectedFile> rejected, SeedsOptions limits)
    {
        var accepted = new List<SeedFile>(Math.Min(found.Count, limits.MaxFiles));
        long total = 0;
        foreach (var file in found)
        {
            if (accepted.Count >= limits.MaxFiles)
            {
                rejected.Add(new RejectedFile(file.SourceFile, $"over the limit of {limits.MaxFiles} files set by Seeds:MaxFiles"));
            }
            else if (file.Length <= SeedFileLimit.BeforeReading(limits, file.SourceFile).Bytes && total + file.Length > limits.MaxTotalBytes)
            {
                rejected.Add(new RejectedFile(file.SourceFile, $"the seeds folder is over the limit of {limits.MaxTotalBytes} bytes in all set by Seeds:MaxTotalBytes"));
            }
            else
            {
                // Oversized files are still listed so the loader can name them; they cost nothing to the total.
                total += file.Length <= SeedFileLimit.BeforeReading(limits, file.SourceFile).Bytes ? file.Length : 0;
                accepted.Add(file);
            }
        }

        return new Result(accepted, rejected);
    }

    private static bool TryStat(FileInfo file, out long length, out DateTime lastWrite)
    {
        try
        {
            length = file.Length;
            lastWrite = file.LastWriteTimeUtc;
            return true;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // Gone between listing and reading (an editor's save): the next scan sees it.
            length = 0;
            lastWrite = default;
            return false;
        }
    }

    /// <summary>
    /// The path inside the folder with '/' between folders. Only the platform's own separator is
    /// replaced: on Linux a '\\' is an ordinary character of a name, and <c>a\\b.txt</c> must stay a
    /// different file (and article) from <c>a/b.txt</c>.
    /// </summary>
    private static string Relative(string root, string path)
    {
        var relative = Path.GetRelativePath(root, path);
        return Path.DirectorySeparatorChar == '/' ? relative : relative.Replace(Path.DirectorySeparatorChar, '/');
    }
}
