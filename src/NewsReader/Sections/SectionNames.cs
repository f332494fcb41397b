using NewsReader.Articles;

namespace NewsReader.Sections;

/// <summary>
/// How a section (the seeds sub-folder an article sits in, <see cref="Article.Section"/>) is named
/// to readers and in addresses. The folder name is the only source, so names are tidied, not
/// invented: "business" reads "Business", "news/world" reads "News › World".
/// </summary>
public static class SectionNames
{
    /// <summary>Between the levels of a nested folder.</summary>
    public const string LevelSeparator = " › ";

    /// <summary>
    /// Each level with '-' and '_' read as spaces and its first letter capitalised; the rest is kept
    /// as the folder has it (an "EU" or "iPhone" folder stays so).
    /// </summary>
    public static string Display(string section)
    {
        ArgumentNullException.ThrowIfNull(section);
        var levels = section.Split('/', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(level => level.Replace('-', ' ').Replace('_', ' ').Trim())
            .Where(level => level.Length > 0)
            .Select(level => string.Concat(level[..1].ToUpperInvariant(), level.AsSpan(1)));
        var name = string.Join(LevelSeparator, levels);
        return name.Length == 0 ? section : name;
    }

    /// <summary>The section's path segment: "news/world" becomes "news-world" (folders that differ only in case or punctuation share one).</summary>
    public static string Slug(string section)
    {
        ArgumentNullException.ThrowIfNull(section);
        return Articles.Slug.FromHeadline(section);
    }
}
