using System.ComponentModel.DataAnnotations;

namespace NewsReader.Ingestion;

/// <summary>Where articles come from, bound from the <c>Seeds</c> configuration section.</summary>
public sealed class SeedsOptions
{
    public const string Section = "Seeds";

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

    /// <summary>Files larger than this are rejected unread, so one huge file cannot exhaust memory.</summary>
    [Range(1, int.MaxValue)]
    public long MaxFileBytes { get; set; } = 1024 * 1024;

    public string ResolvedPermalinkHistoryPath => string.IsNullOrWhiteSpace(PermalinkHistoryPath)
        ? System.IO.Path.Combine(Path, ".newsreader", "permalinks.tsv")
        : System.IO.Path.GetFullPath(PermalinkHistoryPath, Path);
}
