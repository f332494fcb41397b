using System.Text;
using AnyAscii;

namespace NewsReader.Articles;

/// <summary>Turns a headline into the readable path segment of a permalink.</summary>
public static class Slug
{
    /// <summary>Long headlines are cut at a word boundary so that links stay shareable.</summary>
    public const int MaxLength = 80;

    /// <summary>Used when a headline has no letters or digits at all (e.g. only emoji or punctuation).</summary>
    public const string Fallback = "article";

    /// <summary>
    /// Transliterates to ASCII (so "Zoë Šťastná" becomes "zoe-stastna"), lower-cases, and joins
    /// runs of letters and digits with single hyphens. Apostrophes join rather than split, so
    /// "Trump's" becomes "trumps", not "trump-s".
    /// </summary>
    public static string FromHeadline(string headline)
    {
        ArgumentNullException.ThrowIfNull(headline);

        var ascii = headline.Transliterate();
        var slug = new StringBuilder(Math.Min(ascii.Length, MaxLength + 16));
        var pendingHyphen = false;
        foreach (var c in ascii)
        {
            if (char.IsAsciiLetterOrDigit(c))
            {
                if (pendingHyphen && slug.Length > 0)
                {
                    slug.Append('-');
                }

                slug.Append(char.ToLowerInvariant(c));
                pendingHyphen = false;
            }
            else if (c is not '\'')
            {
                pendingHyphen = true;
            }
        }

        return slug.Length == 0 ? Fallback : Truncate(slug.ToString());
    }

    private static string Truncate(string slug)
    {
        if (slug.Length <= MaxLength)
        {
            return slug;
        }

        var cut = slug.LastIndexOf('-', MaxLength);
        return cut > 0 ? slug[..cut] : slug[..MaxLength];
    }
}
