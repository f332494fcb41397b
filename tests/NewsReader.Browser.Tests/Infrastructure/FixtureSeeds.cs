using System.Globalization;
using System.Text;

namespace NewsReader.Browser.Tests.Infrastructure;

/// <summary>
/// A temporary seeds folder with the repository's seed article first and enough fixture articles
/// for two front pages (the page size is 20): some long, for the reading-progress bar, and some
/// naming Busan mid-sentence, so /topics/busan and a search for "Busan" list several articles.
/// </summary>
public sealed class FixtureSeeds : IDisposable
{
    public const string SeedHeadline = "Trump Open to Meeting Kim Jong Un During Asia Trip";
    public const string SeedPath = "/articles/trump-open-to-meeting-kim-jong-un-during-asia-trip";

    /// <summary>One of the long articles, many screens tall on any viewport.</summary>
    public const string LongArticlePath = "/articles/city-archive-opens-its-storm-records-to-the-public";

    /// <summary>An article no test opens before the offline test asks for it.</summary>
    public const string NeverOpenedPath = "/articles/tram-line-extension-wins-final-approval";

    /// <summary>A Markdown article whose body links to another site, as plain text cannot.</summary>
    public const string LinkedArticlePath = "/articles/flood-report-calls-for-higher-river-walls";

    public const string LinkedArticleLink = "https://example.org/reports/flood-defences";

    /// <summary>The newest dated article: it leads the front page and has a lead photo (a thumbnail in lists).</summary>
    public const string PhotoArticlePath = "/articles/harbour-crane-arrives-after-a-six-week-voyage";

    /// <summary>Two of the dated articles were published in this month, one in the month before.</summary>
    public const string ArchivePath = "/archive/2024/03";

    public const string EarlierArchivePath = "/archive/2024/02";

    /// <summary>The author of two dated articles (one shared with <see cref="SecondAuthorPath"/>).</summary>
    public const string AuthorPath = "/authors/ann-lee";

    public const string SecondAuthorPath = "/authors/ben-okafor";

    /// <summary>An undated Markdown article with a table and a code listing wider than a phone.</summary>
    public const string WideContentPath = "/articles/ferry-crossings-by-month";

    /// <summary>A topic several articles share, for list pages other than the front page.</summary>
    public const string SharedTopic = "Busan";

    private static readonly string[] Headlines =
    [
        "Harbour town rebuilds its sea wall after winter storms",
        "Orchard growers report an early and plentiful apple harvest",
        "City archive opens its storm records to the public",
        "Night buses return to the northern suburbs",
        "Volunteers restore a century-old lighthouse lens",
        "River cleanup removes two tonnes of plastic in a weekend",
        "School choir wins the regional singing contest",
        "Museum shows maps drawn by early coastal surveyors",
        "Ferry operator adds a second evening crossing",
        "Bakery cooperative opens its third shop",
        "Marathon route changes to avoid bridge repairs",
        "Long-awaited report on the flood defences is published",
        "Community garden doubles in size after a land swap",
        "Tram line extension wins final approval",
        "Local library lends tools as well as books",
        "Fishing fleet adopts nets that spare young fish",
        "Observatory invites the public to watch a meteor shower",
        "Hospital opens a quieter ward for night-time recovery",
        "Six months on the coast road: a reporter's notebook",
        "Cycle lanes widened along the seafront",
        "Students build a weather station on the school roof",
        "Old cinema reopens as a concert hall",
        "Beekeepers count more hives than a decade ago",
        "Market hall gets a new glass roof",
        "Wetland reserve records a rare heron",
        "Town council publishes its budget in plain language",
    ];

    private static readonly HashSet<int> LongArticles = [3, 12, 19];

    private FixtureSeeds(string path) => Path = path;

    public string Path { get; }

    /// <summary>The seed, the plain-text fixtures, the linked Markdown one and the dated ones.</summary>
    public static int ArticleCount => Headlines.Length + 3 + DatedArticles.Length;

    /// <summary>
    /// Markdown articles with a date and an author, for archives and author pages. Dated articles
    /// come before undated ones, so these three lead the front page, newest first.
    /// </summary>
    private static readonly (string File, string FrontMatter, string Body)[] DatedArticles =
    [
        ("101-crane.md",
            "title: Harbour crane arrives after a six-week voyage\ndate: 2024-03-12T09:00:00Z\nauthor: Ann Lee\nimage: images/crane.png\nstandfirst: The largest crane the harbour has owned will let two ships unload at once.",
            "![The new crane over the quay at dawn](images/crane.png)\n\nThe crane came by sea from the yard that built it, and was lifted into place on Tuesday.\n\nDock workers said the first ship would be unloaded with it next week."),
        ("102-ferry.md",
            "title: Ferry timetable adds a Sunday crossing\ndate: 2024-03-02T08:00:00Z\nauthors: [Ann Lee, Ben Okafor]\nstandfirst: From April the island ferry runs on Sundays too.",
            "The operator said demand on Saturdays had doubled in two years.\n\nThe Sunday crossing leaves the harbour at ten and returns at four."),
        ("103-market.md",
            "title: Winter market draws record crowds\ndate: 2024-02-20T12:00:00Z\nauthor: Ben Okafor\nstandfirst: Stallholders sold out on both weekend days.",
            "More than forty stalls lined the quay for the two-day market.\n\nOrganisers want to hold a second market in the summer."),
    ];

    public static FixtureSeeds Create()
    {
        var seeds = new FixtureSeeds(Directory.CreateTempSubdirectory("newsreader-browser-tests-").FullName);

        // Copied from seeds/ by the project file; its name sorts first, so it leads the front page.
        File.Copy(
            System.IO.Path.Combine(AppContext.BaseDirectory, "TestData", "seed.txt"),
            System.IO.Path.Combine(seeds.Path, "000_87e463ba83310d3b.txt"));
        for (var number = 1; number <= Headlines.Length; number++)
        {
            var name = string.Create(CultureInfo.InvariantCulture, $"{number:000}-fixture.txt");
            File.WriteAllText(System.IO.Path.Combine(seeds.Path, name), Text(number), Encoding.UTF8);
        }

        File.WriteAllText(System.IO.Path.Combine(seeds.Path, "100-linked.md"), LinkedArticle, Encoding.UTF8);
        File.WriteAllText(System.IO.Path.Combine(seeds.Path, "104-wide.md"), WideContentArticle, Encoding.UTF8);
        Directory.CreateDirectory(System.IO.Path.Combine(seeds.Path, "images"));
        File.WriteAllBytes(System.IO.Path.Combine(seeds.Path, "images", "crane.png"), TestImages.Png(1600, 900));
        foreach (var (file, frontMatter, body) in DatedArticles)
        {
            File.WriteAllText(System.IO.Path.Combine(seeds.Path, file), $"---\n{frontMatter}\n---\n\n{body}\n", Encoding.UTF8);
        }
        return seeds;
    }

    private static string LinkedArticle => $"""
        ---
        title: Flood report calls for higher river walls
        standfirst: The river authority wants the walls raised by half a metre before the next wet winter.
        ---
        The full [report on the flood defences]({LinkedArticleLink}) runs to two hundred pages.

        Its authors walked every stretch of the river bank over the summer.
        """;

    private const string WideContentArticle = """
        ---
        title: Ferry crossings by month
        standfirst: Every crossing of the year, by route and month, as the operator published them.
        ---
        The operator's figures, route by route.

        | Route | Jan | Feb | Mar | Apr | May | Jun | Jul | Aug | Sep | Oct | Nov | Dec | Total |
        |---|---|---|---|---|---|---|---|---|---|---|---|---|---|
        | Harbour to Island | 62 | 58 | 64 | 70 | 88 | 96 | 104 | 104 | 90 | 72 | 60 | 62 | 930 |
        | Island to Point | 30 | 28 | 31 | 35 | 44 | 48 | 52 | 52 | 45 | 36 | 30 | 31 | 462 |

        The data comes from the operator's feed:

        ```
        curl "https://ferry.example/api/v1/crossings?route=harbour-island&from=2024-01-01&to=2024-12-31&format=csv"
        ```
        """;

    /// <summary>Line one the headline, then paragraphs separated by blank lines.</summary>
    private static string Text(int number)
    {
        var headline = Headlines[number - 1];
        var subject = char.ToLowerInvariant(headline[0]) + headline[1..];
        var paragraphs = new List<string>
        {
            $"Residents had waited a long time for this news: {subject}. Here is what changes, and when.",
        };
        var count = LongArticles.Contains(number) ? 40 : 3;
        for (var paragraph = 1; paragraph <= count; paragraph++)
        {
            paragraphs.Add(Paragraph(number, paragraph));
        }

        if (number % 4 == 0)
        {
            paragraphs.Add($"Officials from the port of {SharedTopic} visited last spring to compare notes on the work.");
        }

        return $"{headline}\n\n{string.Join("\n\n", paragraphs)}\n";
    }

    private static string Paragraph(int article, int paragraph) => (paragraph % 4) switch
    {
        0 => $"Part {paragraph} of the plan sets out who pays. The council expects to share the cost with local businesses, and the figures will be checked again next year.",
        1 => $"People who live nearby said they had been asked for their views at {paragraph + 2} public meetings, more than for any earlier scheme in the area.",
        2 => $"Work is due to take about {paragraph + article % 5} months. Contractors will keep the busiest paths open, and notices will go up a fortnight before each stage begins.",
        _ => $"Not everyone agrees. A small group of neighbours wrote to the council with {paragraph} questions, and the answers are to be published in full before the work starts.",
    };

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
            // Left for the OS temp cleaner.
        }
    }
}
