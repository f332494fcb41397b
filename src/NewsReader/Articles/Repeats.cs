using System.Text;

namespace NewsReader.Articles;

/// <summary>
/// Whether one piece of text says again what another already says, compared on letters and digits
/// only: case, punctuation, quotation-mark style, emphasis markers and spacing do not make a
/// headline or a standfirst new text.
/// </summary>
public static class Repeats
{
    /// <summary>"# Trump’s visit" repeats the headline "Trump's Visit".</summary>
    public static bool SameWords(string? first, string? second) =>
        first is not null && second is not null && Letters(first) is { Length: > 0 } letters && letters == Letters(second);

    /// <summary>
    /// True when the standfirst is the paragraph, or its start cut short with an ellipsis as meta
    /// descriptions often are ("The talks will resume next…").
    /// </summary>
    public static bool Opens(string? standfirst, string? paragraph)
    {
        if (standfirst is null || paragraph is null)
        {
            return false;
        }

        var trimmed = standfirst.TrimEnd();
        var cut = trimmed.EndsWith('…') || trimmed.EndsWith("...", StringComparison.Ordinal);
        var letters = Letters(standfirst);
        return letters.Length > 0 && (cut ? Letters(paragraph).StartsWith(letters, StringComparison.Ordinal) : letters == Letters(paragraph));
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
