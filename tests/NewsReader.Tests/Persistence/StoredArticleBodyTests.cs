using NewsReader.Articles;
using NewsReader.Files;
using NewsReader.Persistence;
using NewsReader.Tests.TestData;

namespace NewsReader.Tests.Persistence;

/// <summary>A restored article's blocks stay in the store until read, and read back as written.</summary>
public sealed class StoredArticleBodyTests
{
    [Fact]
    public async Task Read_ArticleWithBlocks_LeavesThemInTheStoreAndReadsThemBackWhenAsked()
    {
        using var folder = new TempFolder();
        var article = StoredArticles.Full();

        var restored = (await StoreRoundTrip.Of(folder, article, StoredArticles.Plain("b.txt", "Second", "Its only paragraph.")))[0];

        Assert.IsType<StoredArticleBody>(restored.StoredBody);
        Assert.Equal(Blocks(article), Blocks(restored));
        // Decoded anew on each read, the same each time.
        Assert.Equal(Blocks(article), Blocks(restored));
    }

    [Theory]
    [InlineData(0, "The lead paragraph.")]
    [InlineData(1, "A second one, ünïcödé.")]
    public async Task Read_StandfirstThatIsABlock_IsThatBlocksBytes(int block, string text)
    {
        using var folder = new TempFolder();
        var plain = StoredArticles.Plain("a.txt", "Headline", "The lead paragraph.", "A second one, ünïcödé.", "A third.");
        var lead = plain with { StandfirstText = plain.Body[block].Utf8 };

        var restored = (await StoreRoundTrip.Of(folder, StoredArticles.Full(), lead))[1];

        Assert.Equal(text, restored.Standfirst);
        Assert.Equal(["The lead paragraph.", "A second one, ünïcödé.", "A third."], restored.Body.Select(b => b.Text));
        Assert.Equal(block == 0, restored.StandfirstOpensBody);
    }

    [Fact]
    public async Task Read_ArticleWithoutBlocks_HoldsNothingAndGivesNone()
    {
        using var folder = new TempFolder();

        var restored = (await StoreRoundTrip.Of(folder, StoredArticles.Full() with { Body = [], Standfirst = null })).Single();

        Assert.Null(restored.StoredBody);
        Assert.Empty(restored.Body);
    }

    [Fact]
    public async Task With_NewBody_ReplacesTheBlocksLeftInTheStore()
    {
        using var folder = new TempFolder();
        var restored = (await StoreRoundTrip.Of(folder, StoredArticles.Full())).Single();

        var changed = restored with { Body = [new ArticleBlock(ArticleBlockKind.Paragraph, "Rewritten.")] };
        var retitled = restored with { Headline = "Another headline" };

        Assert.Null(changed.StoredBody);
        Assert.Equal("Rewritten.", Assert.Single(changed.Body).Text);
        Assert.Equal(Blocks(StoredArticles.Full()), Blocks(retitled));
    }

    [Fact]
    public async Task Write_RestoredArticles_CopiesTheBlocksLeftInTheOldStore()
    {
        using var folder = new TempFolder();
        var restored = await StoreRoundTrip.Of(folder, StoredArticles.Full());

        // Written from what was restored, over the store it was restored from.
        var again = (await StoreRoundTrip.Of(folder, restored.Single())).Single();

        Assert.Equal(Blocks(StoredArticles.Full()), Blocks(again));
        Assert.Equal(Blocks(StoredArticles.Full()), Blocks(restored.Single()));
    }

    private static (ArticleBlockKind, string)[] Blocks(Article article) => [.. article.Body.Select(b => (b.Kind, b.Text))];
}
