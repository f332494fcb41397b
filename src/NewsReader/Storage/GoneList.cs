using System.Collections.Frozen;
using Microsoft.Extensions.Logging;
using NewsReader.Articles;
using NewsReader.Files;

namespace NewsReader.Storage;

/// <summary>
/// Articles whose files were deleted: their permalinks answer 410 Gone until a file with the same
/// id returns. Kept in <c>.newsreader/gone.tsv</c> (rewritten atomically, never through a link),
/// so a restart does not turn "gone" into "never existed".
/// </summary>
public sealed partial class GoneList(string path, SeedsFolderBoundary boundary, ILogger<GoneList> logger)
{
    private const string Header = "# NewsReader deleted articles: article id<TAB>its last slug (410 Gone until the id returns).";

    private readonly Dictionary<string, string> _slugs = new(StringComparer.OrdinalIgnoreCase);
    private readonly HashSet<string> _ids = new(StringComparer.OrdinalIgnoreCase);
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

        var ids = present.Select(a => a.Id).ToHashSet(StringComparer.OrdinalIgnoreCase);
        foreach (var article in previous.Where(a => !ids.Contains(a.Id)))
        {
            _changed |= !_slugs.TryGetValue(article.Slug, out var known) || known != article.Id;
            _slugs[article.Slug] = article.Id;
            _changed |= _ids.Add(article.Id);
        }

        _changed |= _ids.RemoveWhere(ids.Contains) > 0;
        foreach (var slug in _slugs.Where(entry => ids.Contains(entry.Value)).Select(entry => entry.Key).ToList())
        {
            _changed |= _slugs.Remove(slug);
        }

        return new GoneArticles(_slugs.Keys.ToFrozenSet(StringComparer.OrdinalIgnoreCase), _ids.ToFrozenSet(StringComparer.OrdinalIgnoreCase));
    }

    /// <summary>Writes the list when it changed. A failure is logged, not thrown: it costs only 410s after a restart.</summary>
    public async Task SaveAsync(CancellationToken cancellationToken)
    {
        if (!_changed || _readFailed)
        {
            return;
        }

        _changed = false;
        var slugged = _slugs.Select(entry => $"{entry.Value}\t{entry.Key}");
        var bare = _ids.Except(_slugs.Values, StringComparer.OrdinalIgnoreCase);
        try
        {
            await AtomicFile.WriteAllLinesAsync(path, [Header, .. slugged, .. bare], boundary, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            LogUnavailable(PrintableText.Escape(path), PrintableText.Escape(ex.Message));
        }
    }

    private async Task ReadAsync(CancellationToken cancellationToken)
    {
        try
        {
            foreach (var line in await AtomicFile.ReadAllLinesAsync(path, boundary, cancellationToken).ConfigureAwait(false) ?? [])
            {
                var parts = line.Split('\t');
                if (line.Length == 0 || line.StartsWith('#') || parts[0].Length == 0 || parts.Length > 2)
                {
                    continue;
                }

                _ids.Add(parts[0]);
                if (parts.Length == 2 && parts[1].Length > 0)
                {
                    _slugs[parts[1]] = parts[0];
                }
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // Not overwritten later: the deletions it holds would be lost.
            _readFailed = true;
            LogUnavailable(PrintableText.Escape(path), PrintableText.Escape(ex.Message));
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Deleted-article list {GoneFile} could not be used ({Reason}); after a restart deleted articles may answer 404 instead of 410")]
    private partial void LogUnavailable(string goneFile, string reason);
}
