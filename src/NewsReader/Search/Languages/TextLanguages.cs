namespace NewsReader.Search.Languages;

/// <summary>Which <see cref="TextLanguage"/> a BCP 47 tag names.</summary>
public static class TextLanguages
{
    /// <summary>How many languages there are, for tables indexed by language.</summary>
    public const int Count = (int)TextLanguage.Catalan + 1;

    private static readonly System.Buffers.SearchValues<char> Letters = System.Buffers.SearchValues.Create("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ");

    private static readonly Dictionary<string, TextLanguage> ByPrimaryTag = new(StringComparer.OrdinalIgnoreCase)
    {
        ["en"] = TextLanguage.English,
        ["fr"] = TextLanguage.French,
        ["de"] = TextLanguage.German,
        ["es"] = TextLanguage.Spanish,
        ["pt"] = TextLanguage.Portuguese,
        ["it"] = TextLanguage.Italian,
        ["nl"] = TextLanguage.Dutch,
        ["ru"] = TextLanguage.Russian,
        ["sv"] = TextLanguage.Swedish,
        ["da"] = TextLanguage.Danish,
        ["no"] = TextLanguage.Norwegian,
        ["nb"] = TextLanguage.Norwegian,
        ["nn"] = TextLanguage.Norwegian,
        ["fi"] = TextLanguage.Finnish,
        ["hu"] = TextLanguage.Hungarian,
        ["ro"] = TextLanguage.Romanian,
        ["tr"] = TextLanguage.Turkish,
        ["ca"] = TextLanguage.Catalan,
    };

    /// <summary>
    /// The language of a tag ("fr", "de-DE", "en_GB"); null when there is no tag or it is no tag at
    /// all (a page's "lang=" garbage: the text then tells), <see cref="TextLanguage.Other"/> for one
    /// search cannot stem.
    /// </summary>
    public static TextLanguage? FromTag(string? tag)
    {
        if (string.IsNullOrWhiteSpace(tag))
        {
            return null;
        }

        var primary = tag.AsSpan().Trim();
        var end = primary.IndexOfAny('-', '_');
        primary = end < 0 ? primary : primary[..end];
        if (primary.Length is < 2 or > 3 || primary.ContainsAnyExcept(Letters))
        {
            return null;
        }

        return ByPrimaryTag.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(primary, out var language) ? language : TextLanguage.Other;
    }
}
