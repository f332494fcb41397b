namespace NewsReader.Articles;

/// <summary>
/// Text cut to fit a headline, a teaser or a description. It sits with the article model because
/// descriptions are part of what an article shows everywhere; parsers and pages use the same cut.
/// </summary>
public static class ShortText
{
    /// <summary>Cuts text at the last word boundary that fits, marking the cut with an ellipsis.</summary>
    public static string Cut(string text, int maxLength)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxLength, 2);

        if (text.Length <= maxLength)
        {
            return text;
        }

        var cut = text.LastIndexOf(' ', maxLength - 1);
        var end = maxLength - 1;
        if (char.IsHighSurrogate(text[end - 1]))
        {
            // Never keep half of a surrogate pair (an emoji, say): it is invalid UTF-16 and shows as "�".
            end--;
        }

        var head = cut > maxLength / 2 ? text[..cut] : text[..end];
        return head.TrimEnd(' ', ',', ';', ':', '-', '–', '—') + "…";
    }
}
