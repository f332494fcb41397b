using NewsReader.Articles;
using NewsReader.Files;
using NewsReader.Persistence;
using NewsReader.Tests.TestData;

namespace NewsReader.Tests.Persistence;

/// <summary>A restored article's topic candidates stay in the store until read, and read back as written.</summary>
public sealed class StoredTopicCandidatesTests
{
    private static readonly TopicCandidate[] Candidates =
    [
        new("North Korea", TopicKind.Place, 3.5f, LowerCaseToo: false),
        new("Door", TopicKind.Subject, 1.25f, LowerCaseToo: true),
        new("Zoë Ångström", TopicKind.Person, 2f, LowerCaseToo: false),
        new(new string('x', 2000), TopicKind.Organisation, 0.5f, LowerCaseToo: false),
    ];

    [Fact]
    public async Task Read_ArticleWithCandidates_LeavesThemInTheStoreAndReadsThemBackWhenAsked()
    {
        using var folder = new TempFolder();
        var article = StoredArticles.Full() with { TopicCandidates = [.. Candidates] };

        var restored = (await StoreRoundTrip.Of(folder, article)).Single();

        Assert.IsType<StoredTopicCandidates>(restored.StoredTopicCandidates);
        Assert.Equal(Candidates, restored.TopicCandidates);
        Assert.Equal(Candidates, restored.TopicCandidates);
    }

    [Fact]
    public async Task Read_ArticleWithoutCandidates_HoldsNothingAndGivesNone()
    {
        using var folder = new TempFolder();
        var article = StoredArticles.Full() with { TopicCandidates = [] };

        var restored = (await StoreRoundTrip.Of(folder, article)).Single();

        Assert.Null(restored.StoredTopicCandidates);
        Assert.Empty(restored.TopicCandidates);
    }

    [Fact]
    public async Task Write_RestoredArticles_CopiesTheCandidatesLeftInTheOldStore()
    {
        using var folder = new TempFolder();
        var restored = await StoreRoundTrip.Of(folder, StoredArticles.Full() with { TopicCandidates = [.. Candidates] });

        // Written from what was restored, over the store it was restored from.
        var again = (await StoreRoundTrip.Of(folder, restored.Single())).Single();

        Assert.Equal(Candidates, again.TopicCandidates);
        // The first article still reads the store it came from, renamed over since.
        Assert.Equal(Candidates, restored.Single().TopicCandidates);
    }

    [Fact]
    public async Task With_NewCandidates_ReplacesThoseLeftInTheStore()
    {
        using var folder = new TempFolder();
        var restored = (await StoreRoundTrip.Of(folder, StoredArticles.Full() with { TopicCandidates = [.. Candidates] })).Single();

        var changed = restored with { TopicCandidates = [Candidates[0]] };
        var retitled = restored with { Headline = "Another headline" };

        Assert.Null(changed.StoredTopicCandidates);
        Assert.Equal(new[] { Candidates[0] }, changed.TopicCandidates.AsEnumerable());
        Assert.Equal(Candidates, retitled.TopicCandidates);
    }
}
