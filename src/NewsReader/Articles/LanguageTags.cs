namespace NewsReader.Articles;

/// <summary>What a BCP 47 language tag tells a page: its writing direction, and whether it is English.</summary>
public static class LanguageTags
{
    // Languages written right to left in their usual script; a tag naming a Latin or Cyrillic script ("ku-Latn") is not.
    private static readonly HashSet<string> RightToLeft = new(StringComparer.OrdinalIgnoreCase)
    {
        "ar", "arc", "ckb", "dv", "fa", "he", "iw", "khw", "ks", "ps", "sd", "syr", "ug", "ur", "yi",
    };

    private static readonly HashSet<string> LeftToRightScripts = new(StringComparer.OrdinalIgnoreCase) { "Latn", "Cyrl" };

    /// <summary>"en", "en-GB", "EN_us": the site's own words need no language of their own on such a page.</summary>
    public static bool IsEnglish(string? language) =>
        language is not null && language.Trim().Replace('_', '-').Split('-')[0].Equals("en", StringComparison.OrdinalIgnoreCase);

    public static bool IsRightToLeft(string? language)
    {
        if (string.IsNullOrWhiteSpace(language))
        {
            return false;
        }

        var parts = language.Trim().Replace('_', '-').Split('-');
        if (parts.Length > 1 && parts[1].Length == 4)
        {
            return parts[1] is "Arab" or "Hebr" or "Syrc" or "Thaa" or "Nkoo" || (!LeftToRightScripts.Contains(parts[1]) && RightToLeft.Contains(parts[0]));
        }

        return RightToLeft.Contains(parts[0]);
    }
}
