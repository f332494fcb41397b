using System.Text.RegularExpressions;

namespace NewsReader.Parsing;

/// <summary>
/// "By Jane Doe", "By Jane Doe and John Roe", "By JANE DOE, Reuters": who wrote an article, read
/// from a line of its own. A sentence that merely starts with "By" ("By the end of the year…")
/// is not a byline: every name must be capitalised words.
/// </summary>
public static partial class Bylines
{
    private const int MaxLength = 120;

    /// <returns>The names, or null when the line is not a byline.</returns>
    public static List<string>? Parse(string line)
    {
        ArgumentNullException.ThrowIfNull(line);
        line = line.Trim();
        if (line.Length > MaxLength)
        {
            return null;
        }

        var match = Byline().Match(line);
        if (!match.Success)
        {
            return null;
        }

        // "By Jane Doe, Reuters": one word after the last comma is the outlet, not a person; so is
        // anything after a comma that follows a list already closed by "and".
        var names = match.Groups["names"].Value;
        var comma = names.LastIndexOf(',');
        if (Outlet().IsMatch(names) || (comma > 0 && names[..comma].Contains(" and ", StringComparison.Ordinal)))
        {
            names = names[..comma];
        }

        return SplitNames(names) is { Count: > 0 } cleaned ? cleaned : null;
    }

    /// <summary>"Jane Doe, John Roe and Ann Poe" → three names, cleaned by <see cref="BylineNames"/>.</summary>
    public static List<string> SplitNames(string names) => BylineNames.Clean(names);

    private const string Name = @"\p{Lu}[\p{L}'’.-]*(?:\s+(?:\p{Lu}[\p{L}'’.-]*|de|da|van|von|der|le|la|del|bin|al))*";

    [GeneratedRegex($@"^By\s+(?<names>{Name}(?:(?:\s*,\s*|\s+and\s+|\s*&\s*){Name})*)(?:\s*,\s*(?<outlet>[\p{{L}} ]{{2,40}}))?\.?$", RegexOptions.CultureInvariant)]
    private static partial Regex Byline();

    [GeneratedRegex(@"\s*,\s*\p{Lu}[\p{L}]+$", RegexOptions.CultureInvariant)]
    private static partial Regex Outlet();
}
