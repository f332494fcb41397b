using NewsReader.Search;

namespace NewsReader.Tests.Search;

public sealed class Bm25Tests
{
    [Theory]
    [InlineData(new int[0], 1f)]
    [InlineData(new[] { 0, 0 }, 1f)]
    [InlineData(new[] { 100, 101 }, 100.5f)]
    [InlineData(new[] { 100, 100, 101 }, 100.5f)]
    [InlineData(new[] { 600, 601, 602 }, 600f)]
    [InlineData(new[] { 3, 4 }, 3.5f)]
    public void AverageLength_Lengths_RoundedTo128thOfItsPowerOfTwo(int[] lengths, float expected) =>
        Assert.Equal(expected, Bm25.AverageLength(lengths));

    [Fact]
    public void AverageLength_AnyCorpus_WithinThreeQuartersOfAPercentOfTheMean()
    {
        var random = new Random(7);
        for (var trial = 0; trial < 200; trial++)
        {
            var lengths = Enumerable.Range(0, random.Next(1, 300)).Select(_ => random.Next(1, 5000)).ToArray();
            var mean = lengths.Average();

            Assert.InRange(Bm25.AverageLength(lengths), mean * 0.9925, mean * 1.0075);
        }
    }
}
