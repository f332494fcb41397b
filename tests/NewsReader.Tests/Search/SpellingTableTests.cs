using NewsReader.Search;

namespace NewsReader.Tests.Search;

public sealed class SpellingTableTests
{
    [Fact]
    public void TryGet_AfterManyAdds_EveryIdFoundAndNothingElse()
    {
        var table = new SpellingTable();
        var words = Enumerable.Range(0, 50_000).Select(i => $"w{i}x").ToList();
        for (var i = 0; i < words.Count; i++)
        {
            table.Add(words[i], i * 3);
        }

        Assert.All(Enumerable.Range(0, words.Count), i => Assert.True(table.TryGet(words[i], out var id) && id == i * 3, words[i]));
        Assert.False(table.TryGet("w50000x", out _));
        Assert.False(table.TryGet("", out _));
        Assert.False(table.TryGet("w1", out _));
    }

    [Fact]
    public void TryGet_PrefixesAndLongWords_ExactMatchesOnly()
    {
        var table = new SpellingTable();
        var long1 = new string('a', 5000);
        table.Add("kim", 1);
        table.Add("kimchi", 2);
        table.Add(long1, 3);

        Assert.True(table.TryGet("kim", out var kim));
        Assert.True(table.TryGet("kimchi", out var kimchi));
        Assert.True(table.TryGet(long1, out var longId));
        Assert.Equal((1, 2, 3), (kim, kimchi, longId));
        Assert.False(table.TryGet("ki", out _));
        Assert.False(table.TryGet(long1 + "a", out _));
        Assert.False(table.TryGet("", out _));
        table.Add("", 4);
        Assert.True(table.TryGet("", out var empty) && empty == 4);
    }
}
