using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;
using NewsReader.Files;

namespace NewsReader.Ingestion;

/// <summary>What a load tells the operator: each problem once, and what was loaded or reloaded.</summary>
public sealed partial class SeedFolderLoader
{
    /// <summary>Every problem is logged once, when it appears, not again on every rescan.</summary>
    private void Log(LoadReport report, ConcurrentDictionary<string, ReadOutcome> parsed, IReadOnlyList<RejectedFile> scanProblems, bool firstLoad)
    {
        // A start names every problem, those the snapshot store remembered included; a reload only new ones.
        var scanned = firstLoad ? scanProblems.Select(p => p.SourceFile).ToHashSet(StringComparer.Ordinal) : [];
        foreach (var problem in report.Rejected.Concat(report.Stale)
            .Where(p => parsed.ContainsKey(p.SourceFile) || (firstLoad && !scanned.Contains(p.SourceFile)))
            .OrderBy(p => p.SourceFile, StringComparer.Ordinal))
        {
            LogRejected(PrintableText.Escape(problem.SourceFile), PrintableText.Escape(problem.Reason));
        }

        var current = scanProblems.Select(p => p.SourceFile + "\n" + p.Reason).ToHashSet(StringComparer.Ordinal);
        foreach (var problem in scanProblems.Where(p => !_reportedScanProblems.Contains(p.SourceFile + "\n" + p.Reason)))
        {
            LogRejected(PrintableText.Escape(problem.SourceFile), PrintableText.Escape(problem.Reason));
        }

        _reportedScanProblems = current;
        var elapsed = (long)report.Elapsed.TotalMilliseconds;
        if (firstLoad)
        {
            LogLoaded(report.Articles.Length, report.Folder, elapsed, report.Rejected.Length, report.RepairedCount);
        }
        else if (report.ParsedFiles > 0 || report.RemovedFiles > 0)
        {
            LogReloaded(report.Articles.Length, report.ParsedFiles, report.RemovedFiles, elapsed, report.Rejected.Length, report.Stale.Length);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Rejected seed file {SeedFile}: {Reason}")]
    private partial void LogRejected(string seedFile, string reason);

    [LoggerMessage(Level = LogLevel.Information,
        Message = "Loaded {ArticleCount} articles from {SeedsFolder} in {ElapsedMilliseconds} ms ({RejectedCount} files rejected, {RepairedCount} repaired)")]
    private partial void LogLoaded(int articleCount, string seedsFolder, long elapsedMilliseconds, int rejectedCount, int repairedCount);

    [LoggerMessage(Level = LogLevel.Information,
        Message = "Reloaded {ArticleCount} articles ({ParsedFiles} files parsed again, {RemovedFiles} removed) in {ElapsedMilliseconds} ms ({RejectedCount} rejected, {StaleCount} kept at their last good version)")]
    private partial void LogReloaded(int articleCount, int parsedFiles, int removedFiles, long elapsedMilliseconds, int rejectedCount, int staleCount);
}
