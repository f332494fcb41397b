using System.Collections.Concurrent;
using System.Collections.Immutable;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using NewsReader.Articles;
using NewsReader.Parsing;

namespace NewsReader.Ingestion;

/// <summary>
/// Reads every file under a seeds folder in parallel and parses it. A broken file becomes a
/// <see cref="RejectedFile"/> with a logged reason; it never stops the others from loading.
/// </summary>
public sealed partial class SeedFolderLoader(
    IOptions<SeedsOptions> options,
    TimeProvider timeProvider,
    ILogger<SeedFolderLoader> logger)
{
    private static readonly EnumerationOptions AllFilesBelow = new()
    {
        RecurseSubdirectories = true,
        IgnoreInaccessible = true,
        AttributesToSkip = FileAttributes.Hidden | FileAttributes.System,
    };

    public async Task<LoadReport> LoadAsync(string folder, CancellationToken cancellationToken)
    {
        var started = timeProvider.GetTimestamp();
        var outcomes = new ConcurrentBag<(string SourceFile, ParseResult<Article> Result)>();
        var parallelism = new ParallelOptions
        {
            CancellationToken = cancellationToken,
            MaxDegreeOfParallelism = Environment.ProcessorCount,
        };

        await Parallel.ForEachAsync(Directory.EnumerateFiles(folder, "*", AllFilesBelow), parallelism, async (path, token) =>
        {
            var sourceFile = Path.GetRelativePath(folder, path).Replace('\\', '/');
            outcomes.Add((sourceFile, await ReadAsync(path, sourceFile, token).ConfigureAwait(false)));
        }).ConfigureAwait(false);

        var ordered = outcomes.OrderBy(outcome => outcome.SourceFile, StringComparer.Ordinal).ToList();
        var report = new LoadReport
        {
            Folder = folder,
            Articles = [.. ordered.Where(o => o.Result.IsSuccess).Select(o => o.Result.Value!)],
            Rejected = [.. ordered.Where(o => !o.Result.IsSuccess).Select(o => new RejectedFile(o.SourceFile, o.Result.Error!))],
            Elapsed = timeProvider.GetElapsedTime(started),
        };

        foreach (var rejected in report.Rejected)
        {
            LogRejected(rejected.SourceFile, rejected.Reason);
        }

        LogLoaded(report.Articles.Length, folder, (long)report.Elapsed.TotalMilliseconds, report.Rejected.Length, report.RepairedCount);
        return report;
    }

    private async Task<ParseResult<Article>> ReadAsync(string path, string sourceFile, CancellationToken cancellationToken)
    {
        if (!ArticleFileParser.IsSupported(path))
        {
            // The parser names the unsupported type; there is no need to read the bytes.
            return ArticleFileParser.Parse([], sourceFile);
        }

        try
        {
            var limit = options.Value.MaxFileBytes;
            var size = new FileInfo(path).Length;
            if (size > limit)
            {
                return ParseResult.Fail<Article>(
                    $"the file is {size} bytes, over the limit of {limit} bytes set by Seeds:MaxFileBytes");
            }

            var bytes = await File.ReadAllBytesAsync(path, cancellationToken).ConfigureAwait(false);
            var result = ArticleFileParser.Parse(bytes, sourceFile);
            return result.IsSuccess
                ? ParseResult.Ok(result.Value with { FileModified = File.GetLastWriteTimeUtc(path) })
                : result;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return ParseResult.Fail<Article>($"the file could not be read: {ex.Message}");
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Rejected seed file {SeedFile}: {Reason}")]
    private partial void LogRejected(string seedFile, string reason);

    [LoggerMessage(Level = LogLevel.Information,
        Message = "Loaded {ArticleCount} articles from {SeedsFolder} in {ElapsedMilliseconds} ms ({RejectedCount} files rejected, {RepairedCount} repaired)")]
    private partial void LogLoaded(int articleCount, string seedsFolder, long elapsedMilliseconds, int rejectedCount, int repairedCount);
}
