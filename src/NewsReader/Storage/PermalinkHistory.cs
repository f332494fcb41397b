using System.Collections.Frozen;
using System.Text;
using Microsoft.Extensions.Logging;

namespace NewsReader.Storage;

/// <summary>
/// Every slug each article id has ever been published under, kept in a small append-only file.
/// It is what lets a link shared before a headline changed still find its article after a
/// restart: the old slug leads to the id, and the id to the article's current permalink.
/// </summary>
public sealed partial class PermalinkHistory(string path, ILogger<PermalinkHistory> logger)
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    private const string Header = "# NewsReader permalink history: slug<TAB>article id, one per line. Keep this file to keep old links working.";

    public string Path => path;

    /// <summary>Reads the file; a missing file is an empty history, a malformed line is skipped and logged.</summary>
    public async Task<FrozenDictionary<string, string>> ReadAsync(CancellationToken cancellationToken)
    {
        var slugs = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        if (!File.Exists(path))
        {
            return slugs.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
        }

        try
        {
            var lineNumber = 0;
            foreach (var line in await File.ReadAllLinesAsync(path, Encoding.UTF8, cancellationToken).ConfigureAwait(false))
            {
                lineNumber++;
                if (line.Length == 0 || line.StartsWith('#'))
                {
                    continue;
                }

                var parts = line.Split('\t');
                if (parts.Length != 2 || parts[0].Length == 0 || parts[1].Length == 0)
                {
                    LogMalformedLine(path, lineNumber);
                    continue;
                }

                slugs[parts[0]] = parts[1];
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            LogUnavailable(path, ex.Message);
        }

        return slugs.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>Appends new pairs. Failing to write (a read-only seeds folder) costs only future redirects, so it is logged, not thrown.</summary>
    public async Task AppendAsync(IReadOnlyCollection<KeyValuePair<string, string>> entries, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(entries);
        if (entries.Count == 0)
        {
            return;
        }

        try
        {
            Directory.CreateDirectory(System.IO.Path.GetDirectoryName(path)!);
            var lines = entries.Select(entry => $"{entry.Key}\t{entry.Value}");
            if (!File.Exists(path))
            {
                lines = lines.Prepend(Header);
            }

            await File.AppendAllLinesAsync(path, lines, Utf8, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            LogUnavailable(path, ex.Message);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Permalink history {HistoryFile}: line {LineNumber} is not 'slug<TAB>id' and was skipped")]
    private partial void LogMalformedLine(string historyFile, int lineNumber);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Permalink history {HistoryFile} could not be used ({Reason}); old links to retitled articles will not redirect")]
    private partial void LogUnavailable(string historyFile, string reason);
}
