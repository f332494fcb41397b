using Microsoft.Extensions.Logging;
using NewsReader.Articles;
using NewsReader.Parsing;
using NewsReader.Persistence;

namespace NewsReader.Ingestion;

/// <summary>A first load of many files keeps the bodies it parses off the heap (<see cref="SpilledBodies"/>).</summary>
public sealed partial class SeedFolderLoader
{
    /// <summary>
    /// Files a first load must parse before their bodies go to a scratch file: below it the heap's
    /// copy is a few megabytes, and every article would read its body through a mapping for nothing.
    /// </summary>
    internal const int SpillBodiesFrom = 4096;

    // Set for the parsing of one load (loads are one at a time), read by every parsing worker.
    private SpilledBodies? _bodies;

    /// <summary>Where this load's bodies go, or null when they stay on the heap.</summary>
    private SpilledBodies? SpillBodies(IReadOnlyList<(SeedFile File, FileState? Known)> changed, bool firstLoad)
    {
        var seeds = options.Value;
        if (!firstLoad || !seeds.KeepSnapshot || changed.Count < SpillBodiesFrom)
        {
            return null;
        }

        // Room for the worst case, every byte of Latin-1 or a bad sequence growing to three bytes of
        // UTF-8; the file is sparse, so only what is written takes disk.
        var capacity = (3 * changed.Sum(entry => entry.File.Length)) + (1 << 20);
        var (bodies, problem) = SpilledBodies.Create(seeds.ResolvedCachePath, _boundary!, capacity);
        if (problem is not null)
        {
            LogBodiesNotSpilled(seeds.ResolvedCachePath, problem);
        }

        return bodies;
    }

    private void EndSpillingBodies()
    {
        if (Interlocked.Exchange(ref _bodies, null) is not { } bodies)
        {
            return;
        }

        if (bodies.Problem is { } problem)
        {
            LogBodiesNotSpilled(options.Value.ResolvedCachePath, problem);
        }

        LogBodiesSpilled(bodies.Bytes / (1 << 20));
        bodies.Dispose();
    }

    private ParseResult<Article> OffTheHeap(ParseResult<Article> parsed) =>
        _bodies is { } bodies && parsed.IsSuccess ? ParseResult.Ok(bodies.Move(parsed.Value)) : parsed;

    [LoggerMessage(Level = LogLevel.Information, Message = "Kept {Megabytes} MB of article bodies off the heap as they were parsed, mapped from a scratch file")]
    private partial void LogBodiesSpilled(long megabytes);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Article bodies could not all be kept in {Folder} as they were parsed, so the heap holds them: {Reason}")]
    private partial void LogBodiesNotSpilled(string folder, string reason);
}
