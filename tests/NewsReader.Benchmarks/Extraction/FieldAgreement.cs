using System.Globalization;

namespace NewsReader.Benchmarks.Extraction;

/// <summary>
/// Whether an extracted metadata field agrees with the truth, forgiving what a reader would not
/// count as a difference: surrounding and repeated white space everywhere; a site-name suffix
/// (" | Site", " - Site", " – Site", " — Site") after an otherwise equal title; a leading "By " on a
/// byline; a date written in another form or offset that names the same instant; the case of a
/// language tag. Anything else, including a missing value where the truth has one, disagrees.
/// </summary>
internal static class FieldAgreement
{
    private static readonly string[] SiteSeparators = [" | ", " - ", " – ", " — ", " · ", " :: "];

    public static bool Title(string expected, string? actual)
    {
        var want = Collapse(expected);
        var got = Collapse(actual);
        return want == got || WithoutSuffix(got) == want || WithoutSuffix(want) == got;
    }

    public static bool Byline(string expected, string? actual) => WithoutBy(Collapse(expected)) == WithoutBy(Collapse(actual));

    public static bool Published(string expected, DateTimeOffset? actual) =>
        actual is { } value && DateTimeOffset.TryParse(expected, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var want)
        && want.UtcDateTime == value.UtcDateTime;

    public static bool Language(string expected, string? actual) =>
        string.Equals(Collapse(expected), Collapse(actual), StringComparison.OrdinalIgnoreCase);

    public static string Collapse(string? text) =>
        text is null ? "" : string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    private static string WithoutSuffix(string title)
    {
        var cut = SiteSeparators.Select(separator => title.LastIndexOf(separator, StringComparison.Ordinal)).Max();
        return cut > 0 ? title[..cut] : title;
    }

    private static string WithoutBy(string byline) =>
        byline.StartsWith("By ", StringComparison.OrdinalIgnoreCase) ? byline[3..] : byline;
}
