using NewsReader.Web.Tests.Infrastructure;

namespace NewsReader.Web.Tests.Archives;

/// <summary>
/// Dated Markdown articles with bylines: three in March 2024 (one page of two and one of one at
/// page size 2), none in February, one in January, one filed under April by its own offset
/// (already May in UTC), and one undated: on its author's page but in no month.
/// </summary>
internal static class ArchiveSeeds
{
    public const string PageSize = "2";

    public static SeedsFolder Create() => new SeedsFolder()
        .With("crane.md", Article("Harbour crane arrives", "2024-03-12T09:00:00Z", "author: Ann Lee"))
        .With("ferry.md", Article("Ferry adds a Sunday crossing", "2024-03-02T08:00:00Z", "authors: [Ann Lee, Ben Okafor]"))
        .With("market.md", Article("Spring market opens", "2024-03-01T12:00:00Z", "author: ANN LEE"))
        .With("snow.md", Article("Snow closes the pass", "2024-01-10T07:00:00Z", "author: Ben Okafor"))
        .With("late.md", Article("Late night vote on the budget", "2024-04-30T23:30:00-05:00", "author: Zoë Šťastná"))
        .With("undated.md", "---\ntitle: Notes from the quay\nauthor: Ann Lee\n---\n\nNo date on this one.\n")
        .With("plain.txt", "No byline at all\n\nA plain text article with no date and no author.\n");

    public static Dictionary<string, string?> Settings => new() { ["Site:PageSize"] = PageSize };

    private static string Article(string title, string date, string byline) =>
        $"---\ntitle: {title}\ndate: {date}\n{byline}\nstandfirst: What happened with {title.ToLowerInvariant()}.\n---\n\nThe body of the story about {title.ToLowerInvariant()}.\n";
}
