using System.Collections.Concurrent;
using System.IO.Enumeration;
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

        var found = new List<SeedFile>();
        var rejected = new List<RejectedFile>();
        Walk(Path.GetFullPath(boundary.Folder), "", boundary, found, rejected, new HashSet<string>(StringComparer.Ordinal));

        // A folder without subfolders is listed in path order already (each listing is sorted):
        // checked in one pass, where sorting 100,000 paths again cost a restart tens of milliseconds.
        if (!InPathOrder(found))
        {
            found.Sort((a, b) => string.CompareOrdinal(a.SourceFile, b.SourceFile));
        }

        return ApplyLimits(found, rejected, limits);
    }

    /// <summary>
    /// One directory entry: its name and path from the listing, a file's size and time from
    /// <see cref="StatFiles"/>. The relative path is built from the names, not worked out from two
    /// full paths, which cost more than the system calls at 100,000 files.
    /// </summary>
    private readonly record struct Entry(string Name, string FullPath, bool IsDirectory, bool IsLink, long Length, DateTime LastWriteUtc, bool Vanished);

    // Below this many entries a folder's files are asked for their size and time one by one.
    private const int StatInParallelFrom = 1024;

    private static void Walk(string directory, string relative, SeedsFolderBoundary boundary, List<SeedFile> found, List<RejectedFile> rejected, HashSet<string> visited)
    {
        if (!visited.Add(SeedsFolderBoundary.RealPath(directory)))
        {
            return;
        }

        Entry[] listed;
        try
        {
            listed = [.. new FileSystemEnumerable<Entry>(directory, ToEntry, new EnumerationOptions { AttributesToSkip = 0 })];
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            rejected.Add(new RejectedFile((relative.Length == 0 ? "." : relative) + "/", $"the folder could not be read: {ex.Message}"));
            return;
        }

        StatFiles(listed);
        Array.Sort(listed, (a, b) => string.CompareOrdinal(a.Name, b.Name));
        // Only a folder named like a saved page's companion ("NAME_files") needs its siblings' names.
        var names = listed.Any(e => e.IsDirectory && e.Name.EndsWith("_files", StringComparison.Ordinal))
            ? listed.Select(e => e.Name).ToHashSet(StringComparer.Ordinal)
            : [];
        foreach (var entry in listed)
        {
            if (entry.Name.StartsWith('.') || IsCompanion(entry, names))
            {
                continue;
            }

            var sourceFile = relative.Length == 0 ? entry.Name : $"{relative}/{entry.Name}";
            var fullPath = entry.FullPath;
            if (entry.IsLink && !boundary.Contains(fullPath))
            {
                rejected.Add(new RejectedFile(sourceFile, "symbolic link leads outside the seeds folder; not followed"));
                continue;
            }

            if (entry.IsDirectory)
            {
                Walk(fullPath, sourceFile, boundary, found, rejected, visited);
            }
            else if (!entry.Vanished)
            {
                found.Add(new SeedFile(sourceFile, fullPath, entry.Length, entry.LastWriteUtc));
            }
        }
    }

    /// <summary>A listing's names, and whether each is a folder (a link's, whether it leads to one); files get their size and time after.</summary>
    private static Entry ToEntry(ref FileSystemEntry entry)
    {
        var (name, fullPath) = (entry.FileName.ToString(), entry.ToFullPath());
        return entry.IsDirectory
            ? new Entry(name, fullPath, true, (entry.Attributes & FileAttributes.ReparsePoint) != 0, 0, default, false)
            : new Entry(name, fullPath, false, false, 0, default, false);
    }

    /// <summary>
    /// Each file's size and time (<see cref="SeedFileFacts"/>), asked in parallel in a large folder: at
    /// 100,000 files these system calls are most of a scan, and a restart runs the scan beside
    /// reading the snapshot store. A file gone since the listing (an editor's save) is marked, not
    /// thrown: the next scan sees it.
    /// </summary>
    private static void StatFiles(Entry[] listed)
    {
        void Stat(int i)
        {
            if (!listed[i].IsDirectory)
            {
                listed[i] = SeedFileFacts.Of(listed[i].FullPath) is { } facts
                    ? listed[i] with { IsLink = facts.IsLink, Length = facts.Length, LastWriteUtc = facts.LastWriteUtc }
                    : listed[i] with { Vanished = true };
            }
        }

        if (listed.Length < StatInParallelFrom)
        {
            for (var i = 0; i < listed.Length; i++)
            {
                Stat(i);
            }

            return;
        }

        Parallel.ForEach(Partitioner.Create(0, listed.Length, StatInParallelFrom), range =>
        {
            for (var i = range.Item1; i < range.Item2; i++)
            {
                Stat(i);
            }
        });
    }

    private static bool InPathOrder(List<SeedFile> files)
    {
        for (var i = 1; i < files.Count; i++)
        {
            if (string.CompareOrdinal(files[i - 1].SourceFile, files[i].SourceFile) > 0)
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsCompanion(Entry entry, HashSet<string> siblings) => entry.IsDirectory
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
}
