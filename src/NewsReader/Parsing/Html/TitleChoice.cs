using System.Text;

namespace NewsReader.Parsing.Html;

/// <summary>
/// Picks a page's headline from the places that may hold it: og:title, the JSON-LD article's
/// headline, the <c>&lt;h1&gt;</c>s and the <c>&lt;title&gt;</c>. Any one of them can be wrong on
/// its own (a section name in og:title, a Wikidata description as "headline", a logo in the first
/// <c>&lt;h1&gt;</c>), so the candidate that the others confirm wins; a very short or generic one
/// loses to a longer one that is confirmed as well. With no agreement, the old order stands:
/// og:title, JSON-LD, <c>&lt;h1&gt;</c>, <c>&lt;title&gt;</c>.
/// </summary>
public static class TitleChoice
{
    private static readonly string[] Separators = [" | ", " - ", " – ", " — ", " · ", " :: ", " // ", ": ", " » "];

    private static readonly HashSet<string> Generic = new(StringComparer.OrdinalIgnoreCase)
    {
        "home", "news", "article", "blog", "index", "untitled", "home page", "homepage", "page", "post", "latest news", "startseite", "accueil", "inicio",
    };

    private const int Heading = 2;
    private const int TitleTag = 3;

    /// <param name="address">The page's address: a title part that spells its host is the site's name.</param>
    public static string? Choose(string? ogTitle, string? jsonLdHeadline, IReadOnlyList<string> headings, string? documentTitle, string? siteName, Uri? address = null)
    {
        ArgumentNullException.ThrowIfNull(headings);
        var host = TitleAffixes.HostLabel(address);
        var brands = SiteBrands.Of(headings, documentTitle, siteName, host);
        // A section the address names ("/outdoornews/detail/718") is no part of the headline; the last segment is the headline's slug.
        brands.AddRange(address?.IsAbsoluteUri == true ? address.Segments.SkipLast(1).Select(segment => segment.Trim('/')).Where(segment => segment.Length > 2) : []);
        ogTitle = Stripped(ogTitle, brands, host);
        jsonLdHeadline = Stripped(jsonLdHeadline, brands, host);
        var rawTitle = documentTitle;
        documentTitle = Stripped(documentTitle, brands, host);
        var h1 = headings.FirstOrDefault(h => Agrees(h, ogTitle) || Agrees(h, jsonLdHeadline) || Agrees(h, documentTitle)) ?? (headings.Count > 0 ? headings[0] : null);
        var others = (string?[])[ogTitle, jsonLdHeadline, .. headings];
        var candidates = ((string?[])[ogTitle, jsonLdHeadline, h1, documentTitle])
            .Select((raw, source) => (Text: string.IsNullOrWhiteSpace(raw) ? "" : source is Heading ? TextCleaner.CollapseWhitespace(raw) : WithoutSiteName(TextCleaner.CollapseWhitespace(raw), siteName, others, source == TitleTag), Source: source))
            .Where(candidate => candidate.Text.Length > 0)
            .ToList();

        string? best = null;
        var bestScore = double.MinValue;
        foreach (var (candidate, source) in candidates)
        {
            // Confirmed by an <h1> and by the <title> (which may wrap it in the site's name), then by the other sources.
            var score = (source != Heading && headings.Any(h => Key(h) == Key(candidate)) ? 2 : 0)
                + (source != TitleTag && rawTitle is not null ? Wraps(rawTitle, candidate) : 0)
                // The <title> that wraps a candidate confirmed it already; og:title and <title> are one source on most sites.
                + candidates.Count(other => other.Source != source && Key(other.Text) == Key(candidate)
                    && !(other.Source == TitleTag && rawTitle is not null && Wraps(rawTitle, candidate) > 0)) * 0.5;
            if (Generic.Contains(candidate) || (candidate.Split(' ').Length <= 2 && candidate.Length < 20 && candidates.Any(c => c.Text.Length > candidate.Length * 2)))
            {
                score -= 1.5;
            }

            if ((siteName is not null && Key(candidate) == Key(siteName)) || brands.Any(brand => Key(brand) == Key(candidate)))
            {
                score -= 3;
            }

            if (score > bestScore)
            {
                (best, bestScore) = (candidate, score);
            }
        }

        return best;
    }

    /// <summary>"Headline | The Daily Example" → "Headline"; also "Site: Headline" when another source confirms the headline.</summary>
    public static string WithoutSiteName(string title, string? siteName, IEnumerable<string?> others, bool guess)
    {
        ArgumentNullException.ThrowIfNull(title);
        ArgumentNullException.ThrowIfNull(others);
        var confirmed = others.Where(o => !string.IsNullOrWhiteSpace(o)).Select(o => Key(o!)).ToHashSet(StringComparer.Ordinal);
        foreach (var separator in Separators)
        {
            var at = title.LastIndexOf(separator, StringComparison.Ordinal);
            var first = title.IndexOf(separator, StringComparison.Ordinal);
            if (at <= 0)
            {
                continue;
            }

            var (left, right) = (title[..at].Trim(), title[(at + separator.Length)..].Trim());
            var (head, tail) = (title[..first].Trim(), title[(first + separator.Length)..].Trim());
            // "Headline: subtitle" keeps its subtitle; only a "Site: Headline" prefix goes.
            if ((siteName is not null && Key(right) == Key(siteName)) || (separator != ": " && confirmed.Contains(Key(left))))
            {
                return left;
            }

            if ((siteName is not null && Key(head) == Key(siteName)) || confirmed.Contains(Key(tail)))
            {
                return tail;
            }

            if (guess && separator is not (": " or " » " or " // ") && right.Split(' ').Length <= 4 && left.Length > right.Length * 2)
            {
                return left;
            }
        }

        return title;
    }

    private static string? Stripped(string? title, IReadOnlyList<string> brands, string? host) =>
        string.IsNullOrWhiteSpace(title) ? title : TitleAffixes.Strip(TextCleaner.CollapseWhitespace(title), brands, host) is { Length: > 0 } stripped ? stripped : title;

    private static bool Agrees(string heading, string? other) => other is not null && (Key(heading) == Key(other) || Wraps(other, heading) > 1);

    /// <summary>2 when the title tag is the candidate, or the candidate then a separator (the usual "Headline | Site"); 1 when it ends with it.</summary>
    private static int Wraps(string documentTitle, string candidate)
    {
        var (outer, inner) = (Key(documentTitle), Key(candidate));
        if (inner.Length == 0)
        {
            return 0;
        }

        var score = outer == inner ? 2 : 0;
        foreach (var separator in Separators)
        {
            for (var at = documentTitle.IndexOf(separator, StringComparison.Ordinal); at > 0 && score < 2; at = documentTitle.IndexOf(separator, at + 1, StringComparison.Ordinal))
            {
                score = Key(documentTitle[..at]) == inner ? 2 : Key(documentTitle[(at + separator.Length)..]) == inner ? Math.Max(score, 1) : score;
            }
        }

        return score;
    }

    /// <summary>Letters and digits only, lower case, single spaces: "Don’t panic!" and "Don't Panic" compare equal.</summary>
    private static string Key(string text)
    {
        var key = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (char.IsLetterOrDigit(c))
            {
                key.Append(char.ToLowerInvariant(c));
            }
            else if (char.IsWhiteSpace(c) && key.Length > 0 && key[^1] != ' ')
            {
                key.Append(' ');
            }
        }

        return key.ToString().Trim();
    }
}
