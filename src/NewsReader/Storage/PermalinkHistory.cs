using Microsoft.Extensions.Logging;
using NewsReader.Files;

namespace NewsReader.Storage;

/// <summary>
/// Every slug each article id has ever been published under, kept in a small file. It is what
/// lets a link shared before a headline changed still find its article after a restart: the old
/// slug leads to the id, and the id to the article's current permalink. The file is rewritten
/// whole and atomically, never through a link (<see cref="AtomicFile"/>), and under a lock that
/// replicas sharing the folder take too, merging what each added.
/// </summary>
public sealed partial class PermalinkHistory(string path, SeedsFolderBoundary boundary, ILogger<PermalinkHistory> logger)
{
    private const string Header = "# NewsReader permalink history: slug<TAB>article id, one per line. Keep this file to keep old links working.";

    // What the file holds, kept so an append can rewrite it whole without reading it again.
    private Dictionary<string, string>? _entries;

    // A history that exists but could not be read must not be overwritten by the little this
    // process knows: that would erase every old link.
    private bool _readFailed;

    public string Path => path;

    /// <summary>Every slug the file holds with what this process added since; null until <see cref="ReadAsync"/> ran.</summary>
    public IReadOnlyDictionary<string, string>? Entries => _entries;

    /// <summary>Reads the file; a missing file is an empty history, a malformed line is skipped and logged.</summary>
    /// <returns>What <see cref="Entries"/> gives from now on.</returns>
    public async Task<IReadOnlyDictionary<string, string>> ReadAsync(CancellationToken cancellationToken)
    {
        var slugs = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        try
        {
            slugs = await ReadFileAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            _readFailed = true;
            LogUnavailable(PrintableText.Escape(path), PrintableText.Escape(ex.Message));
        }

        _entries = slugs;
        return slugs;
    }

    private async Task<Dictionary<string, string>> ReadFileAsync(CancellationToken cancellationToken) =>
        Parse(await AtomicFile.ReadAllTextAsync(path, boundary, cancellationToken).ConfigureAwait(false) ?? "");

    /// <summary>
    /// The lines as spans, two strings made for each: at 100,000 articles the history is read on
    /// every start, and a string per line and an array per split were half its reading.
    /// </summary>
    private Dictionary<string, string> Parse(string text)
    {
        // Sized for every line at once: grown pair by pair, it was copied some twenty times.
        var slugs = new Dictionary<string, string>(text.AsSpan().Count('\n') + 1, StringComparer.OrdinalIgnoreCase);
        var lineNumber = 0;
        foreach (var line in text.AsSpan().EnumerateLines())
        {
            lineNumber++;
            if (line.IsEmpty || line[0] == '#')
            {
                continue;
            }

            var tab = line.IndexOf('\t');
            if (tab <= 0 || tab == line.Length - 1 || line[(tab + 1)..].Contains('\t'))
            {
                LogMalformedLine(PrintableText.Escape(path), lineNumber);
                continue;
            }

            slugs[line[..tab].ToString()] = line[(tab + 1)..].ToString();
        }

        return slugs;
    }

    /// <summary>
    /// Adds pairs (a later pair for the same slug wins) by rewriting the whole file. Failing to
    /// write (a read-only seeds folder, a planted link) costs only future redirects, so it is
    /// logged, not thrown, and the app keeps serving.
    /// </summary>
    public async Task AppendAsync(IReadOnlyCollection<KeyValuePair<string, string>> entries, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(entries);
        if (entries.Count == 0)
        {
            return;
        }

        if (_entries is null)
        {
            await ReadAsync(cancellationToken).ConfigureAwait(false);
        }

        foreach (var (slug, id) in entries)
        {
            _entries![slug] = id;
        }

        if (_readFailed)
        {
            return;
        }

        try
        {
            // Replicas sharing the seeds folder append too: under the lock, the file as it is now
            // (with what they added since this process read it) plus these pairs is what is written.
            using (await AtomicFile.LockAsync(path, boundary, cancellationToken).ConfigureAwait(false))
            {
                var merged = await ReadFileAsync(cancellationToken).ConfigureAwait(false);
                foreach (var (slug, id) in entries)
                {
                    merged[slug] = id;
                }

                var lines = merged.Select(entry => $"{entry.Key}\t{entry.Value}").Prepend(Header);
                await AtomicFile.WriteAllLinesAsync(path, lines, boundary, cancellationToken).ConfigureAwait(false);
                _entries = merged;
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            LogUnavailable(PrintableText.Escape(path), PrintableText.Escape(ex.Message));
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Permalink history {HistoryFile}: line {LineNumber} is not 'slug<TAB>id' and was skipped")]
    private partial void LogMalformedLine(string historyFile, int lineNumber);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Permalink history {HistoryFile} could not be used ({Reason}); old links to retitled articles will not redirect")]
    private partial void LogUnavailable(string historyFile, string reason);
}
