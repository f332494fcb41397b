using System.Globalization;

namespace NewsReader.Sharing;

/// <summary>
/// Greedy word-wrapping for the share card. The width of a string comes from a caller-supplied
/// function, so the rules can be tested without a font and the renderer can use real glyph advances.
/// </summary>
internal static class HeadlineLayout
{
    public const string Ellipsis = "…";

    // Punctuation that would look stranded in front of the ellipsis ("Kim,…").
    private static readonly char[] DanglingBeforeEllipsis = [' ', ',', ';', ':', '-', '–', '—'];

    /// <summary>Every line the text needs at this width; a word wider than a line is split.</summary>
    public static IReadOnlyList<string> Wrap(string text, Func<string, float> measure, float maxWidth)
    {
        var lines = new List<string>();
        var line = "";
        foreach (var word in text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
        {
            var candidate = line.Length == 0 ? word : line + " " + word;
            if (measure(candidate) <= maxWidth)
            {
                line = candidate;
                continue;
            }

            if (line.Length > 0)
            {
                lines.Add(line);
            }

            line = word;
            // Break between grapheme clusters so an emoji or accented letter is never cut in half.
            while (measure(line) > maxWidth)
            {
                var head = LongestFittingPrefix(line, measure, maxWidth);
                lines.Add(head);
                line = line[head.Length..];
            }
        }

        if (line.Length > 0)
        {
            lines.Add(line);
        }

        return lines;
    }

    /// <summary>
    /// The wrapped lines, at most <paramref name="maxLines"/> of them; when text is cut, the last
    /// kept line ends in an ellipsis after a whole word.
    /// </summary>
    public static IReadOnlyList<string> Fit(string text, Func<string, float> measure, float maxWidth, int maxLines)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(maxLines);
        var lines = Wrap(text, measure, maxWidth);
        if (lines.Count <= maxLines)
        {
            return lines;
        }

        var kept = lines.Take(maxLines).ToList();
        kept[^1] = WithEllipsis(kept[^1], measure, maxWidth);
        return kept;
    }

    private static string WithEllipsis(string line, Func<string, float> measure, float maxWidth)
    {
        var text = line;
        while (true)
        {
            var candidate = text.TrimEnd(DanglingBeforeEllipsis) + Ellipsis;
            if (text.Length == 0 || measure(candidate) <= maxWidth)
            {
                return candidate;
            }

            // Drop whole words first; a line that is one split word can only lose characters.
            var space = text.LastIndexOf(' ');
            text = space > 0 ? text[..space] : text[..LastTextElementStart(text)];
        }
    }

    private static string LongestFittingPrefix(string word, Func<string, float> measure, float maxWidth)
    {
        var starts = StringInfo.ParseCombiningCharacters(word);
        // Always take one cluster, even if it alone is too wide, so the loop makes progress.
        var length = starts.Length > 1 ? starts[1] : word.Length;
        for (var i = 2; i <= starts.Length; i++)
        {
            var end = i < starts.Length ? starts[i] : word.Length;
            if (measure(word[..end]) > maxWidth)
            {
                break;
            }

            length = end;
        }

        return word[..length];
    }

    private static int LastTextElementStart(string text)
    {
        var starts = StringInfo.ParseCombiningCharacters(text);
        return starts.Length == 0 ? 0 : starts[^1];
    }
}
