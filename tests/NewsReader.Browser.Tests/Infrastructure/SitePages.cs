namespace NewsReader.Browser.Tests.Infrastructure;

/// <summary>One address for every kind of page the site renders, for checks that must hold on all of them.</summary>
public static class SitePages
{
    public static readonly IReadOnlyDictionary<string, string> Paths = new Dictionary<string, string>
    {
        ["front"] = "/",
        ["article"] = FixtureSeeds.SeedPath,
        // A table and a code listing wider than a phone: they scroll in their frames, not the page.
        ["article-wide"] = FixtureSeeds.WideContentPath,
        // Dated, with a lead photo and byline links to its authors and its month.
        ["article-photo"] = FixtureSeeds.PhotoArticlePath,
        ["front-page-2"] = "/page/2",
        ["search"] = "/search?q=Kim+Jong+Un",
        ["search-empty"] = "/search?q=xylophone",
        // The narrowing form with a date and the order set, and a filter chip to remove.
        ["search-narrowed"] = "/search?q=Busan&from=2020-01-01&sort=date",
        ["sections"] = "/sections",
        ["topics"] = "/topics",
        // One of the links in the seed article's topic list.
        ["topic"] = "/topics/kim-jong-un",
        ["status"] = "/status",
        ["not-found"] = "/articles/nope",
        ["offline"] = "/offline",
        ["archive"] = FixtureSeeds.ArchivePath,
        ["archive-index"] = "/archive",
        ["author"] = FixtureSeeds.AuthorPath,
    };

    /// <summary>Theory rows of (kind, path).</summary>
    public static TheoryData<string, string> All()
    {
        var rows = new TheoryData<string, string>();
        foreach (var (kind, path) in Paths)
        {
            rows.Add(kind, path);
        }

        return rows;
    }
}
