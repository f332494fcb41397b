using System.Collections.Frozen;
using Microsoft.Extensions.Logging;
using NewsReader.Articles;
using NewsReader.Files;

namespace NewsReader.Storage;

/// <summary>
/// Articles whose files were deleted: their permalinks answer 410 Gone until a file with the same
/// id returns. Kept in <c>.newsreader/gone.tsv</c> (rewritten atomically, never through a link),
/// so a restart does not turn "gone" into "never existed"; rewritten under a lock, merging what
/// other replicas sharing the folder wrote, so none of their deletions is lost.
/// </summary>
public sealed partial class GoneList(string path, SeedsFolderBoundary boundary, ILogger<GoneList> logger)
{
    private const string Header = "# NewsReader deleted articles: article id<TAB>its last slug (410 Gone until the id returns).";

    private readonly Dictionary<string, string> _slugs = new(StringComparer.OrdinalIgnoreCase);
    private readonly HashSet<string> _ids = new(StringComparer.OrdinalIgnoreCase);

    // What this process saw since it last saved, applied again to the file as it is then: replicas
    // sharing the seeds folder save it too, and each must keep what the others wrote down.
    private readonly List<KeyValuePair<string, string>> _goneSinceSave = [];
    // The ids published now, made into a set only when something asks: a list with no deletions in it never does.
    private Lazy<HashSet<string>> _present = new(() => new HashSet<string>(StringComparer.OrdinalIgnoreCase));
    private bool _loaded;
    private bool _changed;
    private bool _readFailed;

    public string Path => path;

    /// <summary>
    /// Notes articles of <paramref name="previous"/> missing from <paramref name="present"/> as
    /// gone, and forgets gone ids that are back.
    /// </summary>
    public async Task<GoneArticles> UpdateAsync(IEnumerable<Article> previous, IEnumerable<Article> present, CancellationToken cancellationToken)
    {
        if (!_loaded)
        {
            await ReadAsync(cancellationToken).ConfigureAwait(false);
            _loaded = true;
        }

        var presentArticles = present as IReadOnlyList<Article> ?? [.. present];
        _present = new Lazy<HashSet<string>>(() => presentArticles.Select(a => a.Id).ToHashSet(StringComparer.OrdinalIgnoreCase));
        var gone = SameIds(previous, presentArticles) ? [] : previous.Where(a => !_present.Value.Contains(a.Id)).Select(a => KeyValuePair.Create(a.Slug, a.Id)).ToList();
        _goneSinceSave.AddRange(gone);
        if (gone.Count > 0 || _ids.Count > 0 || _slugs.Count > 0)
        {
            // Nothing gone and nothing listed: nothing to note or forget, and no set of ids to make.
            _changed |= Apply(_slugs, _ids, gone, _present.Value);
        }
        return new GoneArticles(_slugs.Keys.ToFrozenSet(StringComparer.OrdinalIgnoreCase), _ids.ToFrozenSet(StringComparer.OrdinalIgnoreCase));
    }

    /// <summary>
    /// The same ids in the same order: a restart over an unchanged folder, a rescan that found
    /// nothing, or files edited in place (an article parsed again keeps its id). Nothing can be
    /// gone, and no set of 100,000 ids need be made to say so.
    /// </summary>
    private static bool SameIds(IEnumerable<Article> previous, IReadOnlyList<Article> present)
    {
        if (previous is not IReadOnlyList<Article> list || list.Count != present.Count)
        {
            return false;
        }

        for (var i = 0; i < list.Count; i++)
        {
            if (!ReferenceEquals(list[i], present[i]) && !string.Equals(list[i].Id, present[i].Id, StringComparison.OrdinalIgnoreCase))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Writes the list when it changed. A failure is logged, not thrown: it costs only 410s after a restart.</summary>
    public async Task SaveAsync(CancellationToken cancellationToken)
    {
        if (!_changed || _readFailed)
        {
            return;
        }

        _changed = false;
        try
        {
            using (await AtomicFile.LockAsync(path, boundary, cancellationToken).ConfigureAwait(false))
            {
                var slugs = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
                var ids = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
                await ReadFileAsync(slugs, ids, cancellationToken).ConfigureAwait(false);
                Apply(slugs, ids, _goneSinceSave, _present.Value);
                var slugged = slugs.Select(entry => $"{entry.Value}\t{entry.Key}");
                var bare = ids.Except(slugs.Values, StringComparer.OrdinalIgnoreCase);
                await AtomicFile.WriteAllLinesAsync(path, [Header, .. slugged, .. bare], boundary, cancellationToken).ConfigureAwait(false);
                _goneSinceSave.Clear();
                Replace(_slugs, slugs);
                _ids.Clear();
                _ids.UnionWith(ids);
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            LogUnavailable(PrintableText.Escape(path), PrintableText.Escape(ex.Message));
        }
    }

    /// <summary>Notes <paramref name="gone"/> (slug, id) pairs, then forgets every id in <paramref name="present"/>; true when anything changed.</summary>
    private static bool Apply(Dictionary<string, string> slugs, HashSet<string> ids, IEnumerable<KeyValuePair<string, string>> gone, HashSet<string> present)
    {
        var changed = false;
        foreach (var (slug, id) in gone)
        {
            changed |= !slugs.TryGetValue(slug, out var known) || known != id;
            slugs[slug] = id;
            changed |= ids.Add(id);
        }

        changed |= ids.RemoveWhere(present.Contains) > 0;
        foreach (var slug in slugs.Where(entry => present.Contains(entry.Value)).Select(entry => entry.Key).ToList())
        {
            changed |= slugs.Remove(slug);
        }

        return changed;
    }

    private static void Replace(Dictionary<string, string> target, Dictionary<string, string> source)
    {
        target.Clear();
        foreach (var (key, value) in source)
        {
            target[key] = value;
        }
    }

    private async Task ReadAsync(CancellationToken cancellationToken)
    {
        try
        {
            await ReadFileAsync(_slugs, _ids, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // Not overwritten later: the deletions it holds would be lost.
            _readFailed = true;
            LogUnavailable(PrintableText.Escape(path), PrintableText.Escape(ex.Message));
        }
    }

    private async Task ReadFileAsync(Dictionary<string, string> slugs, HashSet<string> ids, CancellationToken cancellationToken)
    {
        foreach (var line in await AtomicFile.ReadAllLinesAsync(path, boundary, cancellationToken).ConfigureAwait(false) ?? [])
        {
            var parts = line.Split('\t');
            if (line.Length == 0 || line.StartsWith('#') || parts[0].Length == 0 || parts.Length > 2)
            {
                continue;
            }

            ids.Add(parts[0]);
            if (parts.Length == 2 && parts[1].Length > 0)
            {
                slugs[parts[1]] = parts[0];
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Deleted-article list {GoneFile} could not be used ({Reason}); after a restart deleted articles may answer 404 instead of 410")]
    private partial void LogUnavailable(string goneFile, string reason);
}
