using System.Globalization;

namespace NewsReader.Mirroring;

/// <summary>
/// The files the mirror itself wrote, one line each (<c>key, tag, size, path</c>, tab-separated,
/// under a version line). It is how the mirror knows which local files are its own to replace or
/// delete: anything not listed here was put in the folder by someone else and is never deleted.
/// A file that cannot be read whole is not half-trusted: <see cref="Parse"/> rejects it, and the
/// mirror copies the bucket afresh and deletes nothing until the manifest is rebuilt.
/// </summary>
public sealed class MirrorManifest
{
    public const string Header = "# newsreader bucket mirror v1";

    private readonly Dictionary<string, MirrorEntry> _byPath;

    public MirrorManifest(IEnumerable<MirrorEntry> entries)
    {
        ArgumentNullException.ThrowIfNull(entries);
        _byPath = entries.ToDictionary(e => e.Path, StringComparer.Ordinal);
    }

    public static MirrorManifest Empty => new([]);

    /// <summary>Keyed by the local path, since that is what a deletion needs.</summary>
    public IReadOnlyDictionary<string, MirrorEntry> Entries => _byPath;

    /// <summary>The manifest from the file's lines (null: no file yet, an empty manifest), or why the file cannot be trusted.</summary>
    public static MirrorManifest? Parse(string[]? lines, out string? error)
    {
        error = null;
        if (lines is null)
        {
            return Empty;
        }

        if (lines.Length == 0 || lines[0] != Header)
        {
            error = $"the first line is not '{Header}'";
            return null;
        }

        var entries = new Dictionary<string, MirrorEntry>(StringComparer.Ordinal);
        for (var i = 1; i < lines.Length; i++)
        {
            if (ParseLine(lines[i], out var reason) is not { } entry)
            {
                error = $"line {i + 1} {reason}";
                return null;
            }

            if (!entries.TryAdd(entry.Path, entry))
            {
                error = $"line {i + 1} names '{entry.Path}' a second time";
                return null;
            }
        }

        return new MirrorManifest(entries.Values);
    }

    public IEnumerable<string> ToLines() =>
        _byPath.Values
            .OrderBy(e => e.Path, StringComparer.Ordinal)
            .Select(e => string.Join('\t', e.Key, e.ETag, e.Size.ToString(CultureInfo.InvariantCulture), e.Path))
            .Prepend(Header);

    private static MirrorEntry? ParseLine(string line, out string? reason)
    {
        var fields = line.Split('\t');
        if (fields.Length != 4)
        {
            reason = $"has {fields.Length} fields, not 4";
            return null;
        }

        if (!long.TryParse(fields[2], NumberStyles.None, CultureInfo.InvariantCulture, out var size))
        {
            reason = $"has '{fields[2]}' for a size";
            return null;
        }

        if (fields[0].Length == 0 || fields[1].Length == 0)
        {
            reason = "has an empty key or tag";
            return null;
        }

        // The manifest decides what gets deleted: a path that could not have been written is refused, not followed.
        if (MirrorPaths.Refuse(fields[3]) is { } refused)
        {
            reason = $"has a path that is not allowed ({refused})";
            return null;
        }

        reason = null;
        return new MirrorEntry { Key = fields[0], ETag = fields[1], Size = size, Path = fields[3] };
    }
}
