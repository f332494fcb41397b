using System.Text;

namespace NewsReader.Articles;

/// <summary>
/// Whether one piece of text says again what another already says, compared on letters and digits
/// only: case, punctuation, quotation-mark style, emphasis markers and spacing do not make a
/// headline or a standfirst new text.
/// </summary>
public static class Repeats
{
    /// <summary>Letters and digits a dateline may hold before the repeated text ("SEOUL, Oct 24 (Reuters)").</summary>
    private const int DatelineLetters = 40;

    /// <summary>Below this a standfirst could be a phrase the paragraph happens to open with.</summary>
    private const int MinimumRepeatedLetters = 40;

    /// <summary>"# Trump’s visit" repeats the headline "Trump's Visit".</summary>
    public static bool SameWords(string? first, string? second) =>
        first is not null && second is not null && Letters(first) is { Length: > 0 } letters && letters == Letters(second);

    /// <summary>
    /// True when the paragraph says the standfirst again at its start: the same text; its opening
    /// sentences (a meta description usually is, cut with or without an ellipsis, "The talks will
    /// resume next…"); or either of those after a dateline ("London (CNN)It was the interview…").
    /// Errs towards "repeated" only for standfirsts long enough not to recur by chance.
    /// </summary>
    public static bool Opens(string? standfirst, string? paragraph)
    {
        if (standfirst is null || paragraph is null)
        {
            return false;
        }

        var letters = Letters(standfirst);
        var body = Letters(paragraph);
        if (letters.Length == 0)
        {
            return false;
        }

        var trimmed = standfirst.TrimEnd();
        var cut = trimmed.EndsWith('…') || trimmed.EndsWith("...", StringComparison.Ordinal);
        var at = body.IndexOf(letters, StringComparison.Ordinal);
        return letters == body
            || (cut && at == 0)
            || (letters.Length >= MinimumRepeatedLetters && at >= 0 && at <= DatelineLetters);
    }

    private static string Letters(string text)
    {
        var letters = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (char.IsLetterOrDigit(c))
            {
                letters.Append(char.ToLowerInvariant(c));
            }
        }

        return letters.ToString();
    }
}
