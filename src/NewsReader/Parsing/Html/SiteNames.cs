namespace NewsReader.Parsing.Html;

/// <summary>
/// The publication's name: og:site_name, the JSON-LD publisher, application-name, else the
/// <c>&lt;title&gt;</c>'s suffix, but only when it matches the page's own host ("Kanzlei Viehbacher"
/// on viehbacher.com), since a suffix is as often a section or a tagline. A name that carries the
/// headline or a tagline with it ("Achtsam durch die Krise | Die FURCHE") keeps only the name.
/// </summary>
public static class SiteNames
{
    private const int MaxNameWords = 4;

    private static readonly string[] Separators = [" | ", " - ", " – ", " — ", " · ", " :: "];

    public static string? Choose(IEnumerable<string?> declared, string? documentTitle, string? headline, Uri? address)
    {
        ArgumentNullException.ThrowIfNull(declared);
        var host = TitleAffixes.HostLabel(address);
        if (declared.FirstOrDefault(name => !string.IsNullOrWhiteSpace(name)) is { } name)
        {
            var parts = Split(TextCleaner.CollapseWhitespace(name));
            return parts.FirstOrDefault(part => host is not null && Squash(part).Contains(host, StringComparison.Ordinal))
                ?? parts.Where(part => headline is null || Squash(part) != Squash(headline)).LastOrDefault()
                ?? parts[^1];
        }

        if (host is null || documentTitle is null)
        {
            return null;
        }

        var suffix = Split(TextCleaner.CollapseWhitespace(documentTitle)) is { Count: > 1 } titleParts ? titleParts[^1] : null;
        // A name is a few words; a long suffix that mentions the host is a second headline.
        return suffix is not null && suffix.Split(' ').Length <= MaxNameWords && Squash(suffix).Contains(host, StringComparison.Ordinal) ? suffix : null;
    }

    private static List<string> Split(string name)
    {
        var parts = new List<string> { name };
        foreach (var separator in Separators)
        {
            parts = [.. parts.SelectMany(p => p.Split(separator, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))];
        }

        return parts;
    }

    private static string Squash(string text) => new([.. text.Where(char.IsLetterOrDigit).Select(char.ToLowerInvariant)]);
}
