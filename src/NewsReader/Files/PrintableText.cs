using System.Globalization;
using System.Text;

namespace NewsReader.Files;

/// <summary>
/// File names as an operator may safely read them in a log line or on /status. A name is chosen by
/// whoever drops a file into the seeds folder: a newline in it could forge a second log line and an
/// ANSI escape could recolour or hide a terminal. Such characters are written out visibly instead.
/// </summary>
public static class PrintableText
{
    public static string Escape(string? text)
    {
        if (string.IsNullOrEmpty(text) || !text.Any(NeedsEscape))
        {
            return text ?? "";
        }

        var escaped = new StringBuilder(text.Length + 16);
        foreach (var c in text)
        {
            _ = c switch
            {
                '\n' => escaped.Append(@"\n"),
                '\r' => escaped.Append(@"\r"),
                '\t' => escaped.Append(@"\t"),
                _ when NeedsEscape(c) => escaped.Append(CultureInfo.InvariantCulture, $"\\u{(int)c:x4}"),
                _ => escaped.Append(c),
            };
        }

        return escaped.ToString();
    }

    /// <summary>
    /// Control characters (C0, DEL, C1 including the one-byte CSI), line and paragraph separators,
    /// and the invisible bidirectional overrides that can make a name read as another.
    /// </summary>
    private static bool NeedsEscape(char c) =>
        char.IsControl(c)
        || c is '\u2028' or '\u2029' or '\u200e' or '\u200f'
        || c is >= '\u202a' and <= '\u202e'
        || c is >= '\u2066' and <= '\u2069';
}
