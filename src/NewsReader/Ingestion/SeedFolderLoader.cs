using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.IO.Hashing;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using NewsReader.Articles;
using NewsReader.Files;
using NewsReader.Images;
using NewsReader.Parsing;
using NewsReader.Persistence;

namespace NewsReader.Ingestion;

/// <summary>
/// Reads the seeds folder into articles, again and again as files change. It remembers what each
/// file gave last time, so a reload parses only files whose size or time changed, and a file that
/// stops parsing keeps its last good version published (reported as stale) instead of vanishing.
/// A broken file never stops the others from loading. What a previous process parsed can be
/// handed in (<see cref="Restore"/>) so that its first load parses only what changed since.
/// </summary>
public sealed partial class SeedFolderLoader(
    IOptions<SeedsOptions> options,
    TimeProvider timeProvider,
    ILogger<SeedFolderLoader> logger,
    IRemoteImageAddresses? remoteImages = null,
    LoadProgress? progress = null) : IDisposable
{
    private readonly SemaphoreSlim _oneLoadAtATime = new(1, 1);
    private readonly SeedFileParser _parser = new(options, timeProvider, remoteImages);
    private readonly SettledFileReader _settled = new(timeProvider, TimeSpan.FromMilliseconds(options.Value.SettleMilliseconds));
    private SeedsFolderBoundary? _boundary;
    private bool _loadedBefore;
    private Dictionary<string, FileState> _known = new(StringComparer.Ordinal);

    // What the snapshot store gave (Restore), in the order it was saved, until a load needs it by
    // path: a restart's scan finds the same files in the same order, matched by position, so it
    // builds no lookup of 100,000 paths before publishing.
    private StoredFile[]? _restored;
    private HashSet<string> _reportedScanProblems = new(StringComparer.Ordinal);

    private sealed record FileState(long Length, DateTime LastWriteUtc, Article? LastGood, string? Error, ulong ContentHash = 0);

    /// <summary>What reading a file came to: a parse, or (Result null) the same bytes as the version already known.</summary>
    private readonly record struct ReadOutcome(ParseResult<Article>? Result, ulong ContentHash);

    /// <summary>Tests put a parser that throws or never finishes in place of the real one.</summary>
    internal SeedFolderLoader(
        IOptions<SeedsOptions> options,
        TimeProvider timeProvider,
        ILogger<SeedFolderLoader> logger,
        Func<byte[], string, TimeZoneInfo, CancellationToken, ParseResult<Article>> parse,
        IRemoteImageAddresses? remoteImages = null,
        LoadProgress? progress = null)
        : this(options, timeProvider, logger, remoteImages, progress) => _parser = new(options, timeProvider, remoteImages, parse);

    /// <summary>Stands for "still being written": the file keeps its last good version and is read again soon.</summary>
    private static readonly ParseResult<Article> Unsettled = ParseResult.Fail<Article>("the file is still being written");

    private static bool IsUnsettled(ReadOutcome outcome) => ReferenceEquals(outcome.Result, Unsettled);

    /// <summary>
    /// Starts from what an earlier process parsed (the snapshot store), before the first load: that
    /// load then reads only files whose size or time differ, and parses only those whose bytes differ.
    /// </summary>
    public void Restore(IEnumerable<StoredFile> files)
    {
        ArgumentNullException.ThrowIfNull(files);
        if (_loadedBefore)
        {
            throw new InvalidOperationException("Only a loader that has not loaded yet can be restored.");
        }

        _restored = [.. files];
    }

    /// <summary>
    /// A scan of <paramref name="folder"/> started now on another core, for <see cref="LoadAsync"/>
    /// to take: a start runs it beside reading the snapshot store, which does not touch the folder.
    /// </summary>
    public ScanAhead StartScan(string folder)
    {
        var boundary = new SeedsFolderBoundary(folder);
        return new ScanAhead(folder, Task.Run(() => SeedFolderScanner.Scan(boundary, options.Value)));
    }

    /// <summary>A scan under way, of the folder it names.</summary>
    public sealed record ScanAhead(string Folder, Task<SeedFolderScanner.Result> Scan);

    /// <summary>Every file as the last load left it, for the snapshot store; files still being written are left out.</summary>
    public IReadOnlyList<StoredFile> KnownFiles() =>
        [.. Known.Where(entry => entry.Value.Length >= 0)
            .Select(entry => new StoredFile(entry.Key, entry.Value.Length, entry.Value.LastWriteUtc, entry.Value.ContentHash, entry.Value.LastGood, entry.Value.Error))];

    /// <summary>What a snapshot store must have been written under for <see cref="Restore"/> to take it.</summary>
    public string SnapshotFingerprint =>
        Ingestion.SnapshotFingerprint.Of(options.Value, remoteImages) + (_parser.IsReplaced ? "; a test's parser" : "");

    /// <summary>When some files were still being written at the last load: look again after this.</summary>
    public TimeSpan? RetryAfter => _settled.RetryAfter;

    /// <param name="scanned">A scan of <paramref name="folder"/> started for this load (<see cref="StartScan"/>), taken instead of scanning.</param>
    public async Task<LoadReport> LoadAsync(string folder, CancellationToken cancellationToken, ScanAhead? scanned = null)
    {
        await _oneLoadAtATime.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            return await LoadChangedAsync(folder, scanned, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            _oneLoadAtATime.Release();
        }
    }

    public void Dispose() => _oneLoadAtATime.Dispose();

    private async Task<LoadReport> LoadChangedAsync(string folder, ScanAhead? scanned, CancellationToken cancellationToken)
    {
        var started = timeProvider.GetTimestamp();
        var firstLoad = !_loadedBefore;
        _boundary = new SeedsFolderBoundary(folder);
        var scan = scanned is not null && scanned.Folder == folder ? await scanned.Scan.ConfigureAwait(false) : SeedFolderScanner.Scan(_boundary, options.Value);
        // Each file's known state is looked up once, for both the change test and the merge below.
        var known = KnownStates(scan.Files);
        var knownCount = _restored?.Length ?? _known.Count;
        var changed = new List<(SeedFile File, FileState? Known)>();
        var newFiles = 0;
        for (var i = 0; i < known.Length; i++)
        {
            var file = scan.Files[i];
            newFiles += known[i] is null ? 1 : 0;
            if (known[i] is not { } state || state.Length != file.Length || state.LastWriteUtc != file.LastWriteUtc)
            {
                changed.Add((file, known[i]));
            }
        }

        progress?.StartParsing(scan.Files.Count, changed.Count);
        var parsed = new ConcurrentDictionary<string, ReadOutcome>(StringComparer.Ordinal);
        var parallelism = new ParallelOptions { CancellationToken = cancellationToken, MaxDegreeOfParallelism = Environment.ProcessorCount };
        _bodies = SpillBodies(changed, firstLoad);
        try
        {
            if (changed.Count > 0)
            {
                // Not started for nothing: a restart over an unchanged folder spent 70-160 ms setting up an empty loop.
                await Parallel.ForEachAsync(changed, parallelism, async (entry, token) =>
                    parsed[entry.File.SourceFile] = Counted(await ReadAsync(entry.File, entry.Known, token).ConfigureAwait(false))).ConfigureAwait(false);
            }

            // Nothing is published yet: a short wait now (long enough for every file seen unsettled) is
            // cheaper than publishing without them and building every index again. A second, shorter
            // one covers a timer that fires a little before the wall clock has moved on as far.
            var wait = TimeSpan.FromMilliseconds(options.Value.SettleMilliseconds);
            for (var round = 0; round < 2 && !_loadedBefore && _settled.RetryAfter is { } retry && retry <= wait; round++)
            {
                await Task.Delay(round == 0 ? wait : retry, timeProvider, cancellationToken).ConfigureAwait(false);
                await Parallel.ForEachAsync(changed.Where(entry => IsUnsettled(parsed[entry.File.SourceFile])), parallelism, async (entry, token) =>
                    parsed[entry.File.SourceFile] = Counted(await ReadAsync(entry.File, entry.Known, token).ConfigureAwait(false))).ConfigureAwait(false);
            }
        }
        finally
        {
            EndSpillingBodies();
        }

        var unsettled = parsed.Count(entry => IsUnsettled(entry.Value));
        var sameBytes = parsed.Count(entry => entry.Value.Result is null);

        // Nothing new, changed or gone (a restart over an unchanged folder): the known states stand.
        var removed = knownCount - (scan.Files.Count - newFiles);
        var same = changed.Count == 0 && removed == 0;
        var next = same ? null : new Dictionary<string, FileState>(scan.Files.Count, StringComparer.Ordinal);
        var articles = ImmutableArray.CreateBuilder<Article>(scan.Files.Count);
        var rejected = ImmutableArray.CreateBuilder<RejectedFile>();
        var stale = ImmutableArray.CreateBuilder<RejectedFile>();
        for (var i = 0; i < known.Length; i++)
        {
            var file = scan.Files[i];
            var state = parsed.TryGetValue(file.SourceFile, out var result) ? Merge(file, result, known[i]) : known[i]!;
            if (next is not null)
            {
                next[file.SourceFile] = state;
            }

            if (state.LastGood is not null)
            {
                articles.Add(state.LastGood);
            }

            var problems = state.LastGood is null ? rejected : stale;
            if (state.Error is not null)
            {
                problems.Add(new RejectedFile(file.SourceFile, state.LastGood is null ? state.Error : $"{state.Error}; the previous version stays published"));
            }
        }

        if (next is not null)
        {
            (_known, _restored) = (next, null);
        }

        // Only files seen being written are asked about: a restart's known files stay unindexed.
        _settled.Forget(sourceFile => Known.ContainsKey(sourceFile));
        _loadedBefore = true;
        rejected.AddRange(scan.Rejected);
        var report = new LoadReport
        {
            Folder = folder,
            Articles = articles.ToImmutable(),
            Rejected = rejected.ToImmutable(),
            Stale = stale.ToImmutable(),
            ParsedFiles = changed.Count - unsettled - sameBytes,
            RecognisedFiles = sameBytes,
            RemovedFiles = removed,
            Elapsed = timeProvider.GetElapsedTime(started),
        };
        Log(report, parsed, scan.Rejected, firstLoad);
        return report;
    }

    private static FileState Merge(SeedFile file, ReadOutcome outcome, FileState? previous) => outcome.Result switch
    {
        null => previous! with { LastWriteUtc = file.LastWriteUtc, LastGood = previous.LastGood is { } same ? same with { FileModified = file.LastWriteUtc } : null },
        var unsettled when ReferenceEquals(unsettled, Unsettled) => new FileState(-1, default, previous?.LastGood, previous?.Error),
        { IsSuccess: true } parsed => new FileState(file.Length, file.LastWriteUtc, parsed.Value, null, outcome.ContentHash),
        var failed => new FileState(file.Length, file.LastWriteUtc, previous?.LastGood, failed.Error, outcome.ContentHash),
    };

    /// <summary>A file caught mid-write is counted when it is read again, so the count never passes the total.</summary>
    private ReadOutcome Counted(ReadOutcome outcome)
    {
        if (!IsUnsettled(outcome))
        {
            progress?.FileParsed();
        }

        return outcome;
    }

    /// <summary>
    /// A file whose size or time changed is read; when its bytes hash the same as the version known
    /// (a folder copied elsewhere, a file touched) it keeps that version unparsed.
    /// </summary>
    private async Task<ReadOutcome> ReadAsync(SeedFile file, FileState? known, CancellationToken cancellationToken)
    {
        if (!ArticleFileParser.IsSupported(file.SourceFile))
        {
            // The parser names the unsupported type; there is no need to read the bytes.
            return new(ArticleFileParser.Parse([], file.SourceFile, cancellationToken: CancellationToken.None), 0);
        }

        var (limit, setting) = SeedFileLimit.BeforeReading(options.Value, file.SourceFile);
        if (file.Length > limit)
        {
            return new(ParseResult.Fail<Article>($"the file is {file.Length} bytes, over the limit of {limit} bytes set by {setting}"), 0);
        }

        try
        {
            if (await _settled.ReadAsync(file, cancellationToken).ConfigureAwait(false) is not { } bytes)
            {
                return new(Unsettled, 0);
            }

            var hash = XxHash3.HashToUInt64(bytes);
            if (known is { ContentHash: not 0 } && known.Length == bytes.Length && known.ContentHash == hash)
            {
                return new(null, hash);
            }

            return new(OffTheHeap(_parser.Parse(file, bytes, hash, (limit, setting), _boundary, cancellationToken)), hash);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return new(ParseResult.Fail<Article>($"the file could not be read: {ex.Message}"), 0);
        }
    }
}
