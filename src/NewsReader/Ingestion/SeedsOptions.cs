using System.ComponentModel.DataAnnotations;

namespace NewsReader.Ingestion;

/// <summary>Where articles come from, bound from the <c>Seeds</c> configuration section.</summary>
public sealed class SeedsOptions
{
    public const string Section = "Seeds";

    /// <summary>The values of <see cref="Source"/>.</summary>
    public const string SourceFolder = "folder";

    public const string SourceS3 = "s3";

    /// <summary>
    /// The folder of article files. A relative path is looked up from the working directory and
    /// then from the app's folder upwards, so <c>dotnet run</c> from the repository root finds <c>seeds/</c>.
    /// </summary>
    [Required]
    public string Path { get; set; } = "seeds";

    /// <summary>
    /// The file that remembers every slug each article has had, so links survive headline edits.
    /// Empty means <c>.newsreader/permalinks.tsv</c> inside the seeds folder, travelling with the articles.
    /// </summary>
    public string? PermalinkHistoryPath { get; set; }

    /// <summary>
    /// The folder of the snapshot store: what the last load parsed, so a start parses only what
    /// changed since. Empty means <c>.newsreader/cache</c> inside the seeds folder.
    /// </summary>
    public string? CachePath { get; set; }

    /// <summary>Whether to keep the snapshot store at all; off, every start parses every file.</summary>
    public bool KeepSnapshot { get; set; } = true;

    /// <summary>Files larger than this are rejected unread, so one huge file cannot exhaust memory.</summary>
    [Range(1, int.MaxValue)]
    public long MaxFileBytes { get; set; } = 1024 * 1024;

    /// <summary>
    /// The limit for saved web pages (.html, .htm, and pages saved as .txt) instead of <see cref="MaxFileBytes"/>:
    /// real saved pages are 1–5 MB, mostly scripts, styles and inline images that are stripped before parsing.
    /// </summary>
    [Range(1, int.MaxValue)]
    public long MaxHtmlFileBytes { get; set; } = 16 * 1024 * 1024;

    /// <summary>
    /// How long one file may take to parse before it is rejected, so a pathological file cannot stall
    /// a load. Checked between parsing stages and while the HTML tree is built; see <c>ParseBudget</c>.
    /// </summary>
    [Range(1, 600)]
    public int ParseTimeoutSeconds { get; set; } = 5;

    /// <summary>At most this many files are read; the rest (in path order) are reported, not loaded.</summary>
    [Range(1, int.MaxValue)]
    public int MaxFiles { get; set; } = 250_000;

    /// <summary>Reading stops adding files once their sizes reach this total, bounding memory.</summary>
    [Range(1, long.MaxValue)]
    public long MaxTotalBytes { get; set; } = 2L * 1024 * 1024 * 1024;

    /// <summary>Quiet time after the last file event before reloading, so a burst of saves is one reload.</summary>
    [Range(0, 10_000)]
    public int ReloadDebounceMilliseconds { get; set; } = 250;

    /// <summary>
    /// A file is published only once its size and time have stood still this long (or it was read
    /// twice the same), so a file caught mid-save is never served half-written; it is picked up
    /// by a reload as soon as it settles. 0 checks only that it did not change while being read.
    /// </summary>
    [Range(0, 60_000)]
    public int SettleMilliseconds { get; set; } = 500;

    /// <summary>Whether to listen for file-system events; off, only the periodic rescan finds changes.</summary>
    public bool WatchForChanges { get; set; } = true;

    /// <summary>A full rescan this often catches changes whose events were lost (network shares, overflow).</summary>
    [Range(1, 86_400)]
    public int RescanSeconds { get; set; } = 30;

    /// <summary>
    /// Where the files in <see cref="Path"/> come from: <c>folder</c> (edited there) or <c>s3</c>
    /// (a bucket, see <see cref="S3"/>, copied into <see cref="Path"/> every <see cref="PollSeconds"/>).
    /// </summary>
    public string Source { get; set; } = SourceFolder;

    /// <summary>How often the bucket is listed when <see cref="Source"/> is <c>s3</c>.</summary>
    [Range(1, 86_400)]
    public int PollSeconds { get; set; } = 30;

    /// <summary>The bucket mirrored into <see cref="Path"/> when <see cref="Source"/> is <c>s3</c>.</summary>
    public S3SourceOptions S3 { get; set; } = new();

    /// <summary>True when the seeds folder is a mirror of a bucket rather than edited in place.</summary>
    public bool MirrorsBucket => string.Equals(Source, SourceS3, StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// The time zone (IANA or Windows id) in which dates written without an offset are read; the
    /// web app sets it from Site:TimeZone.
    /// </summary>
    public string TimeZone { get; set; } = "UTC";

    /// <summary>The <see cref="TimeZone"/>, or UTC when it is not a known zone (the validator reports that).</summary>
    public TimeZoneInfo ResolvedTimeZone => TimeZoneInfo.TryFindSystemTimeZoneById(TimeZone, out var zone) ? zone : TimeZoneInfo.Utc;

    public string ResolvedPermalinkHistoryPath => string.IsNullOrWhiteSpace(PermalinkHistoryPath)
        ? System.IO.Path.Combine(Path, ".newsreader", "permalinks.tsv")
        : InSeedsFolder(PermalinkHistoryPath);

    public string ResolvedCachePath => string.IsNullOrWhiteSpace(CachePath)
        ? System.IO.Path.Combine(Path, ".newsreader", "cache")
        : InSeedsFolder(CachePath);

    /// <summary>The list of deleted articles (410 Gone across restarts), beside the permalink history.</summary>
    public string ResolvedGoneListPath =>
        System.IO.Path.Join(System.IO.Path.GetDirectoryName(InSeedsFolder(ResolvedPermalinkHistoryPath)), "gone.tsv");

    /// <summary>
    /// <paramref name="path"/> taken from the seeds folder, which may itself be relative (to the
    /// working directory) where the app has not resolved it, as in a tool that loads a folder.
    /// </summary>
    private string InSeedsFolder(string path) => System.IO.Path.GetFullPath(path, System.IO.Path.GetFullPath(Path));
}
