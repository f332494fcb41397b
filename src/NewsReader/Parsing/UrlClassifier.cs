namespace NewsReader.Parsing;

/// <summary>
/// The one place that decides where a URL from an article goes, read the way a browser reads it
/// (the WHATWG URL standard) rather than the way <see cref="Uri"/> does: leading and trailing C0
/// controls and spaces are trimmed, tabs and newlines anywhere are removed, schemes are
/// case-insensitive, and on a web page a backslash is a slash. So <c>//host</c>, <c>\\host</c>,
/// <c>/\host</c>, <c>http:\\host</c>, <c>HTTPS://host</c> and <c>" //host"</c> are all another
/// site, where <see cref="Uri.TryCreate(string, UriKind, out Uri)"/> on Linux reads the first few
/// as local file paths. It errs towards <see cref="UrlKind.Remote"/> and <see cref="UrlKind.Other"/>:
/// a URL is only <see cref="UrlKind.Local"/> when no browser could take it off the site.
/// </summary>
public static class UrlClassifier
{
    // U+0000 to U+0020: what the URL standard trims from both ends before parsing.
    private static readonly char[] C0ControlOrSpace = Enumerable.Range(0, 0x21).Select(c => (char)c).ToArray();

    public static UrlKind Classify(string? url)
    {
        var clean = Clean(url);
        if (clean.Length == 0)
        {
            return UrlKind.Empty;
        }

        if (SchemeLength(clean) is var length and > 0)
        {
            return clean[..length].ToLowerInvariant() switch
            {
                "http" or "https" => UrlKind.Remote,
                "data" => UrlKind.Data,
                "mailto" => UrlKind.Mail,
                _ => UrlKind.Other,
            };
        }

        if (clean.Length >= 2 && IsSlash(clean[0]) && IsSlash(clean[1]))
        {
            return UrlKind.Remote;
        }

        return clean[0] == '#' ? UrlKind.Fragment : UrlKind.Local;
    }

    /// <summary>
    /// The URL as the browser would request it, written so that every reader agrees: trimmed, no
    /// tabs or newlines, a lower-case scheme, backslashes before the query as slashes, and a web
    /// address's run of slashes after the scheme as exactly two (<c>http:\\\host</c> is <c>http://host</c>).
    /// </summary>
    public static string Normalize(string? url)
    {
        var clean = Clean(url);
        var kind = Classify(clean);
        if (kind is not (UrlKind.Remote or UrlKind.Local or UrlKind.Fragment))
        {
            return SchemeLength(clean) is var length and > 0 ? clean[..length].ToLowerInvariant() + clean[length..] : clean;
        }

        var end = clean.IndexOfAny(['?', '#']);
        var path = (end < 0 ? clean : clean[..end]).Replace('\\', '/') + (end < 0 ? "" : clean[end..]);
        if (kind != UrlKind.Remote)
        {
            return path;
        }

        var scheme = SchemeLength(path);
        var prefix = scheme > 0 ? path[..scheme].ToLowerInvariant() + ":" : "";
        return prefix + "//" + path[(scheme > 0 ? scheme + 1 : 0)..].TrimStart('/');
    }

    /// <summary>
    /// An absolute http(s) address for a remote URL (scheme-relative ones take
    /// <paramref name="baseAddress"/>'s scheme, or https), or a local one resolved against
    /// <paramref name="baseAddress"/>; null for anything else.
    /// </summary>
    public static Uri? ToAbsolute(string? url, Uri? baseAddress = null)
    {
        var normalized = Normalize(url);
        switch (Classify(normalized))
        {
            case UrlKind.Remote:
                var full = normalized.StartsWith("//", StringComparison.Ordinal) ? (baseAddress?.Scheme ?? Uri.UriSchemeHttps) + ":" + normalized : normalized;
                return Uri.TryCreate(full, UriKind.Absolute, out var remote) && remote.Scheme is "http" or "https" && remote.Host.Length > 0 ? remote : null;
            case UrlKind.Local when baseAddress is not null:
                return Uri.TryCreate(baseAddress, normalized, out var resolved) && resolved.Scheme is "http" or "https" ? resolved : null;
            default:
                return null;
        }
    }

    /// <summary>Leading and trailing C0 controls and spaces trimmed, ASCII tabs and newlines removed (WHATWG URL parsing, first steps).</summary>
    private static string Clean(string? url)
    {
        if (url is null)
        {
            return "";
        }

        var trimmed = url.AsSpan().Trim(C0ControlOrSpace);
        return trimmed.ContainsAny('\t', '\n', '\r')
            ? string.Concat(trimmed.ToString().Split(['\t', '\n', '\r']))
            : trimmed.ToString();
    }

    /// <summary>The length of a scheme followed by a colon at the start, or 0: a letter, then letters, digits, +, - or .</summary>
    private static int SchemeLength(string url)
    {
        if (url.Length == 0 || !char.IsAsciiLetter(url[0]))
        {
            return 0;
        }

        var i = 1;
        while (i < url.Length && (char.IsAsciiLetterOrDigit(url[i]) || url[i] is '+' or '-' or '.'))
        {
            i++;
        }

        return i < url.Length && url[i] == ':' ? i : 0;
    }

    private static bool IsSlash(char c) => c is '/' or '\\';
}
