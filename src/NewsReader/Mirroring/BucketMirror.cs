using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using NewsReader.Files;
using NewsReader.Ingestion;

namespace NewsReader.Mirroring;

/// <summary>
/// Copies a bucket into the seeds folder, a little at a time: each call lists the bucket, then
/// downloads new and changed objects (each written whole under a temporary name and renamed into
/// place, so the loader never reads half an object) and deletes the copies of objects that are
/// gone, as <see cref="MirrorPlan"/> decides. The manifest of what it wrote is saved after every
/// change. A copy that fails (server down, bucket missing, access denied) is logged once per
/// distinct reason, deletes nothing, and is tried again at the next call. Not thread-safe: one poll at a time.
/// </summary>
public sealed partial class BucketMirror(IObjectStore store, IOptions<SeedsOptions> options, ILogger<BucketMirror> logger)
{
    /// <summary>The manifest, inside the seeds folder beside the app's other own files.</summary>
    public static readonly string ManifestPath = Path.Join(".newsreader", "mirror.tsv");

    private MirrorManifest? _manifest;
    private string? _lastFailure;
    private HashSet<string> _reportedBefore = new(StringComparer.Ordinal);
    private HashSet<string> _reported = new(StringComparer.Ordinal);

    public async Task<MirrorResult> SyncAsync(CancellationToken cancellationToken)
    {
        var seeds = options.Value;
        var done = new Progress();
        try
        {
            Directory.CreateDirectory(seeds.Path);
            var boundary = new SeedsFolderBoundary(seeds.Path);
            _manifest ??= await ReadManifestAsync(boundary, cancellationToken).ConfigureAwait(false);

            var listing = new List<StoredObject>();
            await foreach (var item in store.ListAsync(seeds.S3.Prefix, cancellationToken).ConfigureAwait(false))
            {
                listing.Add(item);
            }

            // Swapped only after a listing that went through, so a poll that failed does not log every skipped key again.
            (_reportedBefore, _reported) = (_reported, new HashSet<string>(StringComparer.Ordinal));
            var plan = MirrorPlan.Create(listing, seeds.S3.Prefix, _manifest, path => LocalSize(boundary, path), seeds);
            var entries = new Dictionary<string, MirrorEntry>(_manifest.Entries, StringComparer.Ordinal);
            foreach (var item in plan.Skipped)
            {
                ReportSkipped(item);
            }

            done.Unchanged = plan.Kept.Count;
            done.Skipped = plan.Skipped.Count;
            try
            {
                await DownloadAsync(plan, boundary, entries, done, seeds, cancellationToken).ConfigureAwait(false);
                Delete(plan, boundary, entries, done);
            }
            finally
            {
                if (done.Downloaded + done.Deleted > 0)
                {
                    _manifest = new MirrorManifest(entries.Values);
                    await AtomicFile.WriteAllLinesAsync(Path.Join(boundary.Folder, ManifestPath), _manifest.ToLines(), boundary, CancellationToken.None).ConfigureAwait(false);
                }
            }

            if (_lastFailure is not null)
            {
                LogRecovered(store.Description);
                _lastFailure = null;
            }

            LogSynced(store.Description, done.Downloaded, done.Deleted, done.Unchanged, done.Skipped, done.Downloaded + done.Deleted > 0 ? LogLevel.Information : LogLevel.Debug);
            return done.ToResult(null);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            var reason = ex is ObjectStoreException or IOException or UnauthorizedAccessException ? ex.Message : $"{ex.GetType().Name}: {ex.Message}";
            if (reason != _lastFailure)
            {
                LogFailed(store.Description, reason);
                _lastFailure = reason;
            }

            return done.ToResult(reason);
        }
    }

    private async Task DownloadAsync(MirrorPlan plan, SeedsFolderBoundary boundary, Dictionary<string, MirrorEntry> entries, Progress done, SeedsOptions seeds, CancellationToken cancellationToken)
    {
        foreach (var (item, path) in plan.Downloads)
        {
            // The plan held the listed size to its limit; this holds an object that grew since to the largest limit there is.
            var limit = Math.Max(seeds.MaxFileBytes, seeds.MaxHtmlFileBytes);
            try
            {
                string? etag = null;
                await AtomicFile.WriteAsync(
                    Path.Join(boundary.Folder, path),
                    async (stream, cancellation) => etag = await store.CopyToAsync(item.Key, stream, limit, cancellation).ConfigureAwait(false),
                    boundary,
                    cancellationToken).ConfigureAwait(false);
                entries[path] = new MirrorEntry { Key = item.Key, ETag = string.IsNullOrEmpty(etag) ? item.ETag : etag, Size = LocalSize(boundary, path) ?? item.Size, Path = path };
                done.Downloaded++;
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException || ex is ObjectStoreException { OnlyThisObject: true })
            {
                // One object that cannot be had or written; the rest of the copy goes on and the old copy, if any, stays.
                done.Skipped++;
                ReportSkipped(new SkippedObject(item.Key, ex.Message));
            }
        }
    }

    private void Delete(MirrorPlan plan, SeedsFolderBoundary boundary, Dictionary<string, MirrorEntry> entries, Progress done)
    {
        foreach (var entry in plan.Deletions)
        {
            var full = Path.Join(boundary.Folder, entry.Path);
            if (boundary.RefuseWrite(full) is { } refused)
            {
                LogNotDeleted(entry.Path, refused);
                continue;
            }

            try
            {
                File.Delete(full);
                entries.Remove(entry.Path);
                done.Deleted++;
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                LogNotDeleted(entry.Path, ex.Message);
            }
        }
    }

    private async Task<MirrorManifest> ReadManifestAsync(SeedsFolderBoundary boundary, CancellationToken cancellationToken)
    {
        var path = Path.Join(boundary.Folder, ManifestPath);
        string? error;
        try
        {
            var lines = await AtomicFile.ReadAllLinesAsync(path, boundary, cancellationToken).ConfigureAwait(false);
            if (MirrorManifest.Parse(lines, out error) is { } manifest)
            {
                return manifest;
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            error = ex.Message;
        }

        LogManifestUnreadable(path, error ?? "unknown");
        return MirrorManifest.Empty;
    }

    /// <summary>
    /// Logs a skipped object once while its reason stays the same. The sets hold this poll's and
    /// the last poll's skipped keys only, so they are never larger than the bucket.
    /// </summary>
    private void ReportSkipped(SkippedObject item)
    {
        var line = $"{item.Key}\t{item.Reason}";
        if (_reported.Add(line) && !_reportedBefore.Contains(line))
        {
            LogSkipped(item.Key, item.Reason);
        }
    }

    private static long? LocalSize(SeedsFolderBoundary boundary, string path)
    {
        var file = new FileInfo(Path.Join(boundary.Folder, path));
        return file.Exists ? file.Length : null;
    }

    private sealed class Progress
    {
        public int Downloaded { get; set; }

        public int Deleted { get; set; }

        public int Unchanged { get; set; }

        public int Skipped { get; set; }

        public MirrorResult ToResult(string? failure) =>
            new() { Downloaded = Downloaded, Deleted = Deleted, Unchanged = Unchanged, Skipped = Skipped, Failure = failure };
    }

    [LoggerMessage(Message = "Copied {Bucket}: {Downloaded} downloaded, {Deleted} deleted, {Unchanged} unchanged, {Skipped} skipped")]
    private partial void LogSynced(string bucket, int downloaded, int deleted, int unchanged, int skipped, LogLevel level);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Cannot copy {Bucket} into the seeds folder ({Reason}); nothing is deleted, and it is tried again at the next poll")]
    private partial void LogFailed(string bucket, string reason);

    [LoggerMessage(Level = LogLevel.Information, Message = "Copying {Bucket} works again")]
    private partial void LogRecovered(string bucket);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Object {Key} is not copied: {Reason}")]
    private partial void LogSkipped(string key, string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The copy of a deleted object, {Path}, is not deleted: {Reason}")]
    private partial void LogNotDeleted(string path, string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The mirror's manifest {ManifestPath} cannot be trusted ({Reason}); every object is downloaded again, and no local file is deleted until the manifest is rebuilt")]
    private partial void LogManifestUnreadable(string manifestPath, string reason);
}
