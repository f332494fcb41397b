using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using NewsReader.Ingestion;
using NewsReader.Parsing;
using NewsReader.Storage;

namespace NewsReader.Tests.Search.Relevance;

/// <summary>
/// The relevance suite's own news (TestData/Relevance): short reports in English, French, German,
/// Spanish, Portuguese, Chinese and Japanese, filed in world/, business/ and science/, loaded as the
/// app loads a seeds folder. Each section tells one story in every language, so related reading
/// has the same story to find in its own section and only other stories elsewhere.
/// </summary>
internal static class RelevanceFixtures
{
    public static string Folder => Path.Combine(AppContext.BaseDirectory, "TestData", "Relevance");

    private static readonly Lazy<ArticleSnapshot> Loaded = new(() => Load(withSeed: false));
    private static readonly Lazy<ArticleSnapshot> LoadedWithSeed = new(() => Load(withSeed: true));

    /// <summary>The fixtures alone.</summary>
    public static ArticleSnapshot Snapshot => Loaded.Value;

    /// <summary>The fixtures and the app's seed article (Trump and Kim Jong Un), at the top of the folder.</summary>
    public static ArticleSnapshot WithSeed => LoadedWithSeed.Value;

    public static ArticleSnapshot LoadFolder(string folder)
    {
        var options = Options.Create(new SeedsOptions { Path = folder, WatchForChanges = false, SettleMilliseconds = 0, MaxFiles = int.MaxValue, MaxTotalBytes = long.MaxValue });
        using var loader = new SeedFolderLoader(options, TimeProvider.System, NullLogger<SeedFolderLoader>.Instance);
        var report = loader.LoadAsync(folder, CancellationToken.None).GetAwaiter().GetResult();
        return ArticleSnapshot.Create(report.Articles, report.Rejected);
    }

    private static ArticleSnapshot Load(bool withSeed)
    {
        var fixtures = LoadFolder(Folder).Articles;
        if (!withSeed)
        {
            return ArticleSnapshot.Create(fixtures, []);
        }

        var seed = ArticleFileParser.Parse(File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "TestData", "seed.txt")), "000_87e463ba83310d3b.txt").Value!;
        return ArticleSnapshot.Create([seed, .. fixtures], []);
    }
}
