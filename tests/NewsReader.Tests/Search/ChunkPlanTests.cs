using NewsReader.Search;

namespace NewsReader.Tests.Search;

/// <summary>
/// How an index's articles are cut into chunks: a build cuts them evenly; an update keeps each
/// chunk of the last index whose articles all stayed side by side, wherever they moved, groups the
/// rest anew, and does not let short chunks pile up over many updates.
/// </summary>
public sealed class ChunkPlanTests
{
    private const int Size = SearchIndexBuilder.ChunkSize;

    [Theory]
    [InlineData(0, 0)]
    [InlineData(1, 1)]
    [InlineData(Size, 1)]
    [InlineData(Size + 1, 2)]
    [InlineData(9000, 3)]
    public void Cut_HoldsEveryArticleOnceInAsFewChunksAsFit(int articles, int chunks)
    {
        var plan = ChunkPlan.Cut(articles);

        Assert.Equal(chunks, plan.Length);
        AssertTiles(plan, articles);
        Assert.All(plan, entry => Assert.Equal(-1, entry.From));
    }

    [Fact]
    public void Update_ArticlesAddedInFront_KeepsTheChunksBehindThemWhole()
    {
        var previous = Places(Size, Size, Size);
        // 100 new articles first, then every article of the last index in its order.
        var from = Moved(100, Enumerable.Range(0, 3 * Size));

        var plan = ChunkPlan.Update(from, previous);

        AssertTiles(plan, from.Length);
        // Too short a run alone, the new articles are grouped with the first chunk; the others are kept.
        Assert.Equal([-1, -1, 1, 2], plan.Select(entry => entry.From));
        Assert.Equal(100 + Size, plan[0].Place.DocCount + plan[1].Place.DocCount);
        Assert.Equal(100 + Size, plan[2].Place.FirstDoc);
    }

    [Fact]
    public void Update_OneArticleChangedInTheMiddle_GroupsItsChunkAlone()
    {
        var previous = Places(Size, Size, Size);
        var from = Moved(0, Enumerable.Range(0, 3 * Size));
        from[Size + 7] = -1;

        var plan = ChunkPlan.Update(from, previous);

        AssertTiles(plan, from.Length);
        Assert.Equal([0, -1, 2], plan.Select(entry => entry.From));
    }

    [Fact]
    public void Update_ChunkMovedAhead_IsKeptWhereItMovedTo()
    {
        var previous = Places(Size, Size);
        // The second chunk's articles now come first (newer than the first's), each in its order.
        var from = Moved(0, Enumerable.Range(Size, Size).Concat(Enumerable.Range(0, Size)));

        var plan = ChunkPlan.Update(from, previous);

        Assert.Equal([(0, 1), (Size, 0)], plan.Select(entry => (entry.Place.FirstDoc, entry.From)));
    }

    [Fact]
    public void Update_ArticlesReordered_KeepsNoChunkTheyLeft()
    {
        var previous = Places(Size);
        var from = Moved(0, Enumerable.Range(0, Size).Reverse());

        var plan = ChunkPlan.Update(from, previous);

        Assert.Equal(-1, Assert.Single(plan).From);
    }

    [Fact]
    public void Update_OneArticleAddedInFrontTimeAfterTime_ChunksStayFew()
    {
        var previous = Places([.. ChunkPlan.Cut(20 * Size).Select(entry => entry.Place.DocCount)]);
        for (var update = 0; update < 200; update++)
        {
            var articles = previous[^1].EndDoc;
            var plan = ChunkPlan.Update(Moved(1, Enumerable.Range(0, articles)), previous);
            AssertTiles(plan, articles + 1);
            previous = [.. plan.Select(entry => entry.Place)];
        }

        // 20 chunks' worth of articles and 200 more: never more than twice the chunks a build cuts.
        Assert.InRange(previous.Length, 21, 2 * ChunkPlan.Cut(previous[^1].EndDoc).Length);
        Assert.All(previous, place => Assert.InRange(place.DocCount, Size / 4, Size));
    }

    private static void AssertTiles(ChunkPlan.Entry[] plan, int articles)
    {
        var next = 0;
        for (var c = 0; c < plan.Length; c++)
        {
            Assert.Equal(c, plan[c].Place.Index);
            Assert.Equal(next, plan[c].Place.FirstDoc);
            Assert.InRange(plan[c].Place.DocCount, 1, Size);
            next = plan[c].Place.EndDoc;
        }

        Assert.Equal(articles, next);
    }

    private static ChunkPlace[] Places(params int[] sizes)
    {
        var first = 0;
        return [.. sizes.Select((size, index) => new ChunkPlace(index, (first += size) - size, size))];
    }

    /// <summary>New articles first (read anew), then the last index's documents in the order given.</summary>
    private static int[] Moved(int added, IEnumerable<int> documents) => [.. Enumerable.Repeat(-1, added).Concat(documents)];
}
