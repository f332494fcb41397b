using System.Buffers;
using System.Text;

namespace NewsReader.Parsing;

/// <summary>Small text repairs every format needs before its text reaches a reader.</summary>
public static class TextCleaner
{
    private static readonly SearchValues<char> Invisible = SearchValues.Create(InvisibleCharacters());

    private static readonly SearchValues<char> WhitespaceOtherThanSpace = SearchValues.Create(
        string.Concat(Enumerable.Range(0, char.MaxValue + 1).Select(code => (char)code).Where(c => char.IsWhiteSpace(c) && c != ' ')));

    /// <summary>
    /// Removes control characters other than line breaks and tabs, and zero-width characters
    /// (a BOM in the middle of a file, say): they are invisible to readers but break search and slugs.
    /// </summary>
    public static string RemoveInvisibleCharacters(string text)
    {
        ArgumentNullException.ThrowIfNull(text);

        if (!text.AsSpan().ContainsAny(Invisible))
        {
            return text;
        }

        var cleaned = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (!Invisible.Contains(c))
            {
                cleaned.Append(c);
            }
        }

        return cleaned.ToString();
    }

    /// <summary>Trims a line and turns every run of whitespace (tabs, NBSP included) into one space.</summary>
    public static string CollapseWhitespace(string line)
    {
        ArgumentNullException.ThrowIfNull(line);

        var trimmed = line.AsSpan().Trim();
        return AppendCollapsed(new StringBuilder(trimmed.Length), trimmed).ToString();
    }

    /// <summary>Appends trimmed text with every run of whitespace turned into one space.</summary>
    internal static StringBuilder AppendCollapsed(StringBuilder result, ReadOnlySpan<char> trimmed)
    {
        // Most lines have only single spaces: copied whole, not a character at a time.
        if (!trimmed.ContainsAny(WhitespaceOtherThanSpace) && !trimmed.Contains("  ", StringComparison.Ordinal))
        {
            return result.Append(trimmed);
        }

        var previousWasSpace = false;
        foreach (var c in trimmed)
        {
            var isSpace = char.IsWhiteSpace(c);
            if (!isSpace || !previousWasSpace)
            {
                result.Append(isSpace ? ' ' : c);
            }

            previousWasSpace = isSpace;
        }

        return result;
    }

    private static string InvisibleCharacters()
    {
        var controls = Enumerable.Range(0, 0xA0)
            .Select(code => (char)code)
            .Where(c => char.IsControl(c) && c is not ('\n' or '\r' or '\t' or '\f'));
        return string.Concat(controls) + "\u200B\u200E\u200F\u2060\uFEFF";
    }
}
