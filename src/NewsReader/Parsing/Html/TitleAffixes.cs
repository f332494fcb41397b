namespace NewsReader.Parsing.Html;

/// <summary>
/// The site's name around a headline, whatever the separator: "Headline › evang.at",
/// "mediaarchitecture.de // » Jens Weber", "Time 4 talks » Blog Archiv » Headline",
/// "Gregory Szorc's Digital Home | Headline". A part goes when it is one of the site's names (the
/// declared name, a name that spells the page's host, the logo <c>&lt;h1&gt;</c>) or the filler
/// of old blog templates ("Blog Archiv"); a short leading part before " | " and a longer headline
/// goes too, as the suffix rule of <see cref="TitleChoice"/> does at the end.
/// </summary>
public static partial class TitleAffixes
{
    private static readonly string[] Separators = [" | ", " › ", " // ", " » ", " • ", " · ", " :: ", " – ", " — ", " - ", " ‹ ", " « "];

    private static readonly HashSet<string> Filler = new(StringComparer.Ordinal) { "blogarchiv", "blogarchive", "archiv", "archive", "" };

    private const int MaxBrandWords = 4;

    /// <param name="brands">The site's names as the page gives them.</param>
    /// <param name="host">The squashed label of the page's host ("vegolosi" for www.vegolosi.it), if known.</param>
    public static string Strip(string title, IEnumerable<string?> brands, string? host)
    {
        ArgumentNullException.ThrowIfNull(title);
        ArgumentNullException.ThrowIfNull(brands);
        var names = brands.Where(b => !string.IsNullOrWhiteSpace(b)).Select(b => Squash(b!)).Where(b => b.Length > 0).ToHashSet(StringComparer.Ordinal);
        bool IsBrand(string part) => Squash(part) is var squashed
            && (names.Contains(squashed) || Filler.Contains(squashed)
                || (host is not null && squashed.Contains(host, StringComparison.Ordinal) && part.Split(' ').Length <= MaxBrandWords && squashed.Length <= host.Length + 12));

        var changed = true;
        while (changed)
        {
            changed = false;
            foreach (var separator in Separators)
            {
                var first = title.IndexOf(separator, StringComparison.Ordinal);
                var last = title.LastIndexOf(separator, StringComparison.Ordinal);
                if (first > 0 && IsBrand(title[..first]) && title[(first + separator.Length)..].Trim() is { Length: > 0 } rest && !IsBrand(rest))
                {
                    (title, changed) = (rest, true);
                }
                else if (last > 0 && IsBrand(title[(last + separator.Length)..]) && title[..last].Trim() is { Length: > 0 } head && !IsBrand(head))
                {
                    (title, changed) = (head, true);
                }
                else if (separator == " | " && first > 0 && first == last && title[..first].Split(' ').Length <= MaxBrandWords && title.Length - first > first * 3 / 2)
                {
                    // "Gregory Szorc's Digital Home | A much longer headline": the short part in front is the site.
                    (title, changed) = (title[(first + separator.Length)..].Trim(), true);
                }
            }
        }

        // A separator left alone at either end ("» Jens Weber", "National Rail Enquiries -"); "»frag.jetzt«" keeps its quotes.
        return DanglingSeparator().Replace(title, "").Trim();
    }

    /// <summary>"www.example-news.co.uk" → "examplenews": the label a publication's name usually spells.</summary>
    public static string? HostLabel(Uri? address)
    {
        if (address is null || !address.IsAbsoluteUri || address.Host.Length == 0)
        {
            return null;
        }

        var labels = address.Host.Split('.');
        var label = labels.Length switch
        {
            >= 3 when labels[^2].Length <= 3 && labels[^1].Length == 2 => labels[^3],
            >= 2 => labels[^2],
            _ => labels[0],
        };
        var squashed = Squash(label);
        return squashed.Length >= 3 ? squashed : null;
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"^[-|–—»›•/:]+\s+|\s+[-|–—»›•/:]+$", System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex DanglingSeparator();

    private static string Squash(string text) => new([.. text.Where(char.IsLetterOrDigit).Select(char.ToLowerInvariant)]);
}
