using NewsReader.Web.Tests.Infrastructure;

namespace NewsReader.Web.Tests.Pages;

/// <summary>
/// A small site filed in sections (sub-folders, one nested), from two sources, over a few days,
/// with tag topics: what the narrowing tests search, list and feed.
/// </summary>
internal static class NarrowingSeeds
{
    public static SeedsFolder Create() => new SeedsFolder()
        .With("business/harbour-budget.md", Story("Harbour budget approved", "2024-03-05", "Coast Gazette", "Harbour Board", "The harbour budget was approved by the council on Tuesday."))
        .With("business/ferry-fares.md", Story("Ferry fares rise with the budget", "2024-02-20", "Island Post", "Ferry Company", "Ferry fares rise next month, the budget papers show."))
        .With("politics/budget-vote.md", Story("Council budget vote delayed", "2024-03-04", "Coast Gazette", "Harbour Board", "The council delayed its budget vote after a long debate."))
        .With("news/world/summit.md", Story("Summit talks on the budget", "2024-03-03", "Island Post", "Summit", "Leaders met at the summit to talk about the budget."))
        .With("top-story.md", Story("Lighthouse keeper retires", "2024-01-10", "Coast Gazette", "Lighthouse", "The last lighthouse keeper retired after forty years."));

    private static string Story(string title, string day, string site, string tag, string body) =>
        $"---\ntitle: {title}\ndate: {day}\nsite: {site}\ntags: [{tag}]\n---\n\n{body}\n\nA second paragraph follows here.\n";
}
