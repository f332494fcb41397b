using System.Buffers;
using System.Globalization;

namespace NewsReader.Topics;

/// <summary>
/// The words <see cref="TopicExtractor"/> reads names from: a letter, then letters, marks, digits,
/// apostrophes and hyphens ("Chung Dong-young", "O’Brien"). Hand-written rather than a regular
/// expression because it runs over every word of every article at ingestion, where matching a
/// pattern per word cost more than everything else topic extraction does.
/// </summary>
internal static class NameWords
{
    // ASCII that cannot open a capitalised word: a search for anything else stops only at A–Z and
    // at non-ASCII characters, vectorised, so the lower-case words between names are never walked.
    private static readonly SearchValues<char> NeverCapital = SearchValues.Create(
        [.. Enumerable.Range(0, 128).Select(c => (char)c).Where(c => !char.IsAsciiLetterUpper(c))]);

    /// <returns>Where the next word starts at or after <paramref name="from"/>, or -1.</returns>
    public static int Next(string text, int from)
    {
        for (var i = from; i < text.Length; i++)
        {
            if (IsLetter(text[i]))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>
    /// Where the next word that starts with a capital letter starts, skipping the words before it,
    /// or -1. The same word <see cref="Next"/> would reach, word by word, from <paramref name="from"/>
    /// (0, or where a word ended).
    /// </summary>
    public static int NextCapitalised(string text, int from)
    {
        for (var i = from; i < text.Length; i++)
        {
            var found = text.AsSpan(i).IndexOfAnyExcept(NeverCapital);
            if (found < 0)
            {
                return -1;
            }

            i += found;
            if (char.IsUpper(text[i]) && StartsWord(text, i, from))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>
    /// Whether a letter opens a word rather than continuing one ("McDonald", "iPhone"): it does
    /// unless a letter comes before it with only word characters between.
    /// </summary>
    private static bool StartsWord(string text, int letter, int from)
    {
        for (var i = letter - 1; i >= from && IsWordPart(text[i]); i--)
        {
            if (IsLetter(text[i]))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The word that starts at <paramref name="start"/>.</summary>
    public static ReadOnlySpan<char> At(string text, int start)
    {
        var end = start + 1;
        while (end < text.Length && IsWordPart(text[end]))
        {
            end++;
        }

        return text.AsSpan(start, end - start);
    }

    /// <summary>"I’m", "We’ll": capitalised only because they open a clause.</summary>
    public static bool IsContraction(ReadOnlySpan<char> word)
    {
        var apostrophe = word.LastIndexOfAny('\'', '’');
        return apostrophe >= 0 && word[(apostrophe + 1)..] is "m" or "ll" or "re" or "ve" or "d" or "t" or "s";
    }

    /// <summary>Whether the text between two words closes a sentence: ".", "!", "?", ":" or ";", then perhaps an opening quote.</summary>
    public static bool EndsSentence(ReadOnlySpan<char> gap)
    {
        gap = gap.TrimEnd();
        if (!gap.IsEmpty && gap[^1] is '"' or '“' or '‘' or '\'')
        {
            gap = gap[..^1].TrimEnd();
        }

        return !gap.IsEmpty && gap[^1] is '.' or '!' or '?' or ':' or ';';
    }

    private static bool IsLetter(char c) => char.IsAsciiLetter(c) || (c >= 0x80 && char.IsLetter(c));

    private static bool IsWordPart(char c)
    {
        if (char.IsAscii(c))
        {
            return char.IsAsciiLetterOrDigit(c) || c is '\'' or '-';
        }

        return c == '’' || char.IsLetter(c) || char.IsNumber(c) || CharUnicodeInfo.GetUnicodeCategory(c)
            is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark;
    }
}
