namespace NewsReader.Parsing.Html;

/// <summary>
/// The names a page gives its site: the declared name, and a logo <c>&lt;h1&gt;</c> — a short
/// heading that is the first or last part of the <c>&lt;title&gt;</c> beside a longer headline, at the end (or at the start in the old blog form "Site » Post")
/// ("DimidoBlog" in "Was ist Virales Marketing? | DimidoBlog", "seelenradio" in
/// "seelenradio » Nummer zwei: Leo"). Such a heading is the site, not the article's headline.
/// </summary>
internal static class SiteBrands
{
    private static readonly string[] Separators = [" | ", " › ", " // ", " » ", " • ", " · ", " :: ", " – ", " — ", " - "];

    private const int MaxLogoWords = 4;

    public static List<string> Of(IReadOnlyList<string> headings, string? documentTitle, string? siteName, string? host)
    {
        var brands = new List<string>();
        if (!string.IsNullOrWhiteSpace(siteName))
        {
            brands.Add(siteName);
        }

        if (string.IsNullOrWhiteSpace(documentTitle))
        {
            return brands;
        }

        var title = TextCleaner.CollapseWhitespace(documentTitle);
        foreach (var heading in headings.Where(h => h.Split(' ').Length <= MaxLogoWords))
        {
            foreach (var separator in Separators)
            {
                // A site name leads the title only in the old blog form "Site » Archive » Post"; "Headline - Site" is the rule.
                var rest = separator is " » " or " // " or " :: " && title.StartsWith(heading + separator, StringComparison.OrdinalIgnoreCase) ? title[(heading.Length + separator.Length)..]
                    : title.EndsWith(separator + heading, StringComparison.OrdinalIgnoreCase) ? title[..^(heading.Length + separator.Length)]
                    : null;
                // The rest is the headline when it is clearly longer and is not itself the site's name.
                if (rest is not null && rest.Length >= heading.Length * 3 / 2 && !IsSite(rest, siteName, host))
                {
                    brands.Add(heading);
                    break;
                }
            }
        }

        return brands;
    }

    private static bool IsSite(string text, string? siteName, string? host)
    {
        var squashed = new string([.. text.Where(char.IsLetterOrDigit).Select(char.ToLowerInvariant)]);
        return (siteName is not null && squashed == new string([.. siteName.Where(char.IsLetterOrDigit).Select(char.ToLowerInvariant)]))
            || (host is not null && squashed.Contains(host, StringComparison.Ordinal) && text.Split(' ').Length <= MaxLogoWords);
    }
}
