using System.IO.Enumeration;
using NewsReader.Files;
using NewsReader.Parsing;
using NewsReader.Storage;

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
        Walk(Path.GetFullPath(boundary.Folder), "", boundary, found, rejected, new HashSet<string>(StringComparer.Ordinal), OwnFolders(limits));

        // A folder without subfolders is listed in path order already (each listing is sorted):
        // checked in one pass, where sorting 100,000 paths again cost a restart tens of milliseconds.
        if (!InPathOrder(found))
        {
            found.Sort((a, b) => string.CompareOrdinal(a.SourceFile, b.SourceFile));
        }

        return ApplyLimits(found, rejected, limits);
    }

    /// <summary>
    /// One directory entry: its name and path from the listing, a file's size and time from the
    /// same listing (see <see cref="ToEntry"/>). The relative path is built from the names, not
    /// worked out from two full paths, which cost more than the system calls at 100,000 files. A
    /// class, not a struct: listing and sorting a struct of our own runs code compiled for it when
    /// first met, which a restart paid for every time.
    /// </summary>
    private sealed record Entry(string Name, string FullPath, bool IsDirectory, bool IsLink, long Length, DateTime LastWriteUtc, bool Vanished = false);

    /// <summary>
    /// The folders the app keeps its own state in (the snapshot store, the permalink history): they
    /// may be set inside the seeds folder under a name that is not hidden, and hold no articles.
    /// </summary>
    private static HashSet<string> OwnFolders(SeedsOptions options) =>
        new([Path.TrimEndingDirectorySeparator(options.ResolvedCachePath), Path.GetDirectoryName(options.ResolvedPermalinkHistoryPath)!], StringComparer.Ordinal);

    private static void Walk(
        string directory, string relative, SeedsFolderBoundary boundary, List<SeedFile> found, List<RejectedFile> rejected, HashSet<string> visited, HashSet<string> own)
    {
        if (!visited.Add(SeedsFolderBoundary.RealPath(directory)))
        {
            return;
        }

        Entry[] listed;
        try
        {
            listed = FolderListing.TryList(directory) is { } native
                ? [.. native.Select(entry => FromListing(directory, entry))]
                : [.. new FileSystemEnumerable<Entry>(directory, ToEntry, new EnumerationOptions { AttributesToSkip = 0 })];
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            rejected.Add(new RejectedFile((relative.Length == 0 ? "." : relative) + "/", $"the folder could not be read: {ex.Message}"));
            return;
        }

        InNameOrder(listed);
        // Only a folder named like a saved page's companion ("NAME_files") needs its siblings' names.
        var names = listed.Any(e => e.IsDirectory && e.Name.EndsWith("_files", StringComparison.Ordinal))
            ? listed.Select(e => e.Name).ToHashSet(StringComparer.Ordinal)
            : [];
        foreach (var entry in listed)
        {
            if (entry.Name.StartsWith('.') || IsCompanion(entry, names) || (entry.IsDirectory && own.Contains(entry.FullPath)))
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
                Walk(fullPath, sourceFile, boundary, found, rejected, visited, own);
            }
            else if (ThroughLink(entry) is { Vanished: false } file)
            {
                found.Add(new SeedFile(sourceFile, fullPath, file.Length, file.LastWriteUtc));
            }
        }
    }

    /// <summary>
    /// A listing's names, whether each is a folder (a link's, whether it leads to one), and a
    /// file's size and time, asked once for each file as it is listed: a restart lists 100,000 files
    /// beside reading the snapshot store, and asking apart (a <see cref="FileInfo"/> each, on every
    /// core) cost a third more of the processor than this. A link's facts are its target's, taken
    /// after (<see cref="ThroughLink"/>).
    /// </summary>
    private static Entry ToEntry(ref FileSystemEntry entry)
    {
        var (name, fullPath) = (entry.FileName.ToString(), entry.ToFullPath());
        var isLink = (entry.Attributes & FileAttributes.ReparsePoint) != 0;
        if (entry.IsDirectory || isLink)
        {
            return new Entry(name, fullPath, entry.IsDirectory, isLink, 0, default);
        }

        var length = entry.Length;
        // An empty file or one removed since the listing (an editor's save) reads as empty: asked
        // again, so that a file gone is left out (the next scan sees it) rather than listed empty.
        return length > 0 ? new Entry(name, fullPath, false, false, length, entry.LastWriteTimeUtc.UtcDateTime) : FactsOf(name, fullPath);
    }

    /// <summary>
    /// An entry as <see cref="FolderListing"/> gave it: a directory, or a file with its facts, as
    /// <see cref="ToEntry"/> makes them; what it could not tell (a link above all) is asked apart.
    /// </summary>
    private static Entry FromListing(string directory, FolderListing.Entry listed)
    {
        var fullPath = Path.Join(directory, listed.Name);
        return listed.Kind switch
        {
            FolderListing.Kind.Directory => new Entry(listed.Name, fullPath, true, false, 0, default),
            FolderListing.Kind.File when listed.Length > 0 => new Entry(listed.Name, fullPath, false, false, listed.Length, listed.LastWriteUtc),
            FolderListing.Kind.File => FactsOf(listed.Name, fullPath),
            _ => Unlisted(listed.Name, fullPath),
        };
    }

    /// <summary>
    /// What the native listing left to the managed way, told as <see cref="ToEntry"/> tells it: a
    /// link (a folder when it leads to one), a folder, or a file asked apart; attributes read -1 once gone.
    /// </summary>
    private static Entry Unlisted(string name, string fullPath)
    {
        var attributes = new FileInfo(fullPath).Attributes;
        var known = attributes != (FileAttributes)(-1);
        var (isLink, isDirectory) = (known && (attributes & FileAttributes.ReparsePoint) != 0, known && (attributes & FileAttributes.Directory) != 0);
        return isLink || isDirectory ? new Entry(name, fullPath, isDirectory, isLink, 0, default) : FactsOf(name, fullPath);
    }

    private static Entry FactsOf(string name, string fullPath) => SeedFileFacts.Of(fullPath) is { } facts
        ? new Entry(name, fullPath, false, facts.IsLink, facts.Length, facts.LastWriteUtc)
        : new Entry(name, fullPath, false, false, 0, default, Vanished: true);

    /// <summary>A file, or a link with its target's size and time (see <see cref="SeedFileFacts"/>).</summary>
    private static Entry ThroughLink(Entry entry) => entry.IsLink ? FactsOf(entry.Name, entry.FullPath) : entry;

    /// <summary>
    /// Sorted by name, ordinally. A folder of 100,000 files is sorted on every start, and comparing
    /// strings was a tenth of a second of it: each name's first eight characters are sorted as one
    /// number (in the order ordinal comparison gives them, a shorter name first), and only names
    /// that share all eight are compared as strings.
    /// </summary>
    private static void InNameOrder(Entry[] listed)
    {
        var keys = new UInt128[listed.Length];
        for (var i = 0; i < listed.Length; i++)
        {
            keys[i] = LeadingCharacters(listed[i].Name);
        }

        KeyedSort.Sort(keys, listed, ByName);
    }

    private static readonly Comparer<Entry> ByName = Comparer<Entry>.Create(static (a, b) => string.CompareOrdinal(a.Name, b.Name));

    /// <summary>The first eight characters, the first in the highest bits; a name's end reads as 0, below any character a name can hold.</summary>
    private static UInt128 LeadingCharacters(string name)
    {
        UInt128 key = 0;
        for (var i = 0; i < 8; i++)
        {
            key = (key << 16) | (i < name.Length ? name[i] : 0u);
        }

        return key;
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
        : MediaPaths.HasImageExtension(entry.Name);

    private static Result ApplyLimits(List<SeedFile> found, List<RejectedFile> rejected, SeedsOptions limits)
    {
        var accepted = new List<SeedFile>(Math.Min(found.Count, limits.MaxFiles));
        long total = 0;
        foreach (var file in found)
        {
            var readable = file.Length <= SeedFileLimit.BeforeReading(limits, file.SourceFile).Bytes;
            if (accepted.Count >= limits.MaxFiles)
            {
                rejected.Add(new RejectedFile(file.SourceFile, $"over the limit of {limits.MaxFiles} files set by Seeds:MaxFiles"));
            }
            else if (readable && total + file.Length > limits.MaxTotalBytes)
            {
                rejected.Add(new RejectedFile(file.SourceFile, $"the seeds folder is over the limit of {limits.MaxTotalBytes} bytes in all set by Seeds:MaxTotalBytes"));
            }
            else
            {
                // Oversized files are still listed so the loader can name them; they cost nothing to the total.
                total += readable ? file.Length : 0;
                accepted.Add(file);
            }
        }

        return new Result(accepted, rejected);
    }
}
