using System.Text;

namespace NewsReader.Mirroring;

/// <summary>
/// Turns a bucket key into the relative path its copy gets in the seeds folder, or says why it
/// gets none. A key is text anyone with write access to the bucket chose, so it is held to names
/// that stay inside the folder on any file system: no <c>..</c>, no absolute path, no backslash
/// (a separator on Windows, an ordinary character here: refused on both rather than meaning two
/// things), no control characters, no empty or over-long names. Names starting with a dot are
/// refused too: <c>.newsreader/</c> holds the app's own files (the permalink history, this
/// mirror's manifest), and the loader skips hidden files anyway. Sub-folders are kept; they are sections.
/// </summary>
public static class MirrorPaths
{
    /// <summary>Most file systems allow 255 bytes a name.</summary>
    private const int MaxNameBytes = 255;

    /// <summary>Well under Linux's 4096-byte paths, leaving room for the seeds folder's own path.</summary>
    private const int MaxPathBytes = 1024;

    /// <summary>
    /// The relative path (with '/' between folders) for <paramref name="key"/> listed under
    /// <paramref name="prefix"/>; null for a folder marker (a key ending in '/', or the prefix
    /// itself), which is skipped without a word, and null with <paramref name="rejection"/> set for a key refused.
    /// </summary>
    public static string? ToRelativePath(string key, string prefix, out string? rejection)
    {
        ArgumentNullException.ThrowIfNull(key);
        ArgumentNullException.ThrowIfNull(prefix);
        rejection = null;
        if (!key.StartsWith(prefix, StringComparison.Ordinal))
        {
            rejection = $"the key is not under the prefix '{prefix}'";
            return null;
        }

        var rest = key[prefix.Length..];
        // A prefix written without its trailing slash ("news") still means the folder.
        if (prefix.Length > 0 && !prefix.EndsWith('/') && rest.StartsWith('/'))
        {
            rest = rest[1..];
        }

        if (rest.Length == 0 || rest.EndsWith('/'))
        {
            return null;
        }

        rejection = Refuse(rest);
        return rejection is null ? rest : null;
    }

    /// <summary>Why <paramref name="relativePath"/> may not be written in the seeds folder, or null when it may.</summary>
    public static string? Refuse(string relativePath)
    {
        ArgumentNullException.ThrowIfNull(relativePath);
        if (relativePath.StartsWith('/'))
        {
            return "the key is an absolute path";
        }

        if (relativePath.Contains('\\', StringComparison.Ordinal))
        {
            return "the key holds a backslash";
        }

        if (relativePath.Any(char.IsControl))
        {
            return "the key holds a control character";
        }

        if (Encoding.UTF8.GetByteCount(relativePath) > MaxPathBytes)
        {
            return $"the key is longer than {MaxPathBytes} bytes";
        }

        foreach (var name in relativePath.Split('/'))
        {
            if (name.Length == 0)
            {
                return "the key has an empty folder name ('//')";
            }

            if (name is "." or "..")
            {
                return $"the key holds '{name}' as a folder name";
            }

            if (name.StartsWith('.'))
            {
                return "a name in the key starts with '.' (hidden, and .newsreader/ is the app's own)";
            }

            if (Encoding.UTF8.GetByteCount(name) > MaxNameBytes)
            {
                return $"a name in the key is longer than {MaxNameBytes} bytes";
            }

            if (OperatingSystem.IsWindows() && name.Contains(':', StringComparison.Ordinal))
            {
                return "the key holds ':' (a drive or stream name on Windows)";
            }
        }

        return null;
    }
}
