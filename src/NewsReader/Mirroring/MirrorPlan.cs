using NewsReader.Ingestion;
using NewsReader.Parsing;

namespace NewsReader.Mirroring;

/// <summary>
/// What one copy of the bucket does, decided before any file is touched:
/// <list type="bullet">
/// <item>an object is downloaded when the manifest has no copy of it, its tag changed, or its copy
/// is missing or of another size on disk (someone deleted or edited it);</item>
/// <item>a manifest entry whose object is gone from the listing is deleted; nothing else ever is;</item>
/// <item>an object refused (unsafe key, over the size limit, past <see cref="SeedsOptions.MaxFiles"/>,
/// no usable tag) is skipped and its earlier copy, if any, kept, as the loader keeps a file's last
/// good version.</item>
/// </list>
/// A local file the mirror did not write is overwritten only when an object has its path: the bucket owns the paths it has.
/// </summary>
public sealed record MirrorPlan
{
    public required IReadOnlyList<(StoredObject Object, string Path)> Downloads { get; init; }

    public required IReadOnlyList<MirrorEntry> Deletions { get; init; }

    /// <summary>Entries whose copy is up to date, or kept although their object was skipped.</summary>
    public required IReadOnlyList<MirrorEntry> Kept { get; init; }

    public required IReadOnlyList<SkippedObject> Skipped { get; init; }

    /// <param name="localSize">The size of the file at a relative path, or null when there is none.</param>
    public static MirrorPlan Create(IEnumerable<StoredObject> listing, string prefix, MirrorManifest manifest, Func<string, long?> localSize, SeedsOptions limits)
    {
        ArgumentNullException.ThrowIfNull(listing);
        ArgumentNullException.ThrowIfNull(manifest);
        ArgumentNullException.ThrowIfNull(localSize);
        ArgumentNullException.ThrowIfNull(limits);

        var downloads = new List<(StoredObject, string)>();
        var kept = new List<MirrorEntry>();
        var skipped = new List<SkippedObject>();
        var listed = new HashSet<string>(StringComparer.Ordinal);
        var accepted = 0;
        foreach (var item in listing.OrderBy(o => o.Key, StringComparer.Ordinal))
        {
            var path = MirrorPaths.ToRelativePath(item.Key, prefix, out var rejection);
            if (path is null)
            {
                if (rejection is not null)
                {
                    skipped.Add(new SkippedObject(item.Key, rejection));
                }

                continue;
            }

            listed.Add(path);
            manifest.Entries.TryGetValue(path, out var previous);
            if (Refuse(item, path, limits, accepted) is { } reason)
            {
                skipped.Add(new SkippedObject(item.Key, reason));
                if (previous is not null)
                {
                    kept.Add(previous);
                }

                continue;
            }

            accepted++;
            if (previous is not null && previous.Key == item.Key && previous.ETag == item.ETag && localSize(path) == previous.Size)
            {
                kept.Add(previous);
            }
            else
            {
                downloads.Add((item, path));
            }
        }

        var deletions = manifest.Entries.Values.Where(e => !listed.Contains(e.Path)).OrderBy(e => e.Path, StringComparer.Ordinal).ToList();
        return new MirrorPlan { Downloads = downloads, Deletions = deletions, Kept = kept, Skipped = skipped };
    }

    private static string? Refuse(StoredObject item, string path, SeedsOptions limits, int accepted)
    {
        // Pictures are served beside the articles, not parsed: they get the largest file limit there is.
        var (bytes, setting) = MediaPaths.ImageExtensions.Contains(Path.GetExtension(path))
            ? (limits.MaxHtmlFileBytes, $"{SeedsOptions.Section}:{nameof(SeedsOptions.MaxHtmlFileBytes)}")
            : SeedFileLimit.BeforeReading(limits, path);
        if (item.Size > bytes)
        {
            return $"it is {item.Size} bytes, over the limit of {bytes} set by {setting}";
        }

        if (item.ETag.Length == 0 || item.ETag.Any(char.IsControl))
        {
            return "the listing gave it no usable ETag";
        }

        return accepted >= limits.MaxFiles ? $"over the limit of {limits.MaxFiles} files set by {SeedsOptions.Section}:{nameof(SeedsOptions.MaxFiles)}" : null;
    }
}
