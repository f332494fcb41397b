using System.Text.RegularExpressions;

namespace NewsReader.Parsing;

/// <summary>
/// A wire story's dateline at the start of its first paragraph: "SEOUL, Oct 24 (Reuters) – ",
/// "LONDON — ", "PARIS, March 3 - ", "NAIROBI, Kenya (AE) — ". The place must be in capitals, so an ordinary sentence with
/// a dash is never mistaken for one.
/// </summary>
public static partial class Datelines
{
    /// <returns>The dateline ("SEOUL, Oct 24") and the paragraph without it, or null when it has none.</returns>
    public static (string Dateline, string Remainder)? Split(string paragraph)
    {
        ArgumentNullException.ThrowIfNull(paragraph);
        var match = Dateline().Match(paragraph);
        return match.Success ? (match.Groups["dateline"].Value.Trim(), match.Groups["rest"].Value) : null;
    }

    private const string Month = "Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?";

    [GeneratedRegex($@"^(?<dateline>\p{{Lu}}[\p{{Lu}}'’.-]+(?:\s+\p{{Lu}}[\p{{Lu}}'’.-]+){{0,3}}(?:,\s*(?:(?:{Month})\.?\s+\d{{1,2}}|\p{{Lu}}[\p{{L}}.]+(?:\s+\p{{Lu}}[\p{{L}}.]+)?))?)\s*(?:\([^)]{{1,30}}\))?\s*[–—-]{{1,2}}\s+(?<rest>\S.*)$", RegexOptions.CultureInvariant | RegexOptions.Singleline)]
    private static partial Regex Dateline();
}
