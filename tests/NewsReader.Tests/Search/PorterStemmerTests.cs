using NewsReader.Search;

namespace NewsReader.Tests.Search;

public sealed class PorterStemmerTests
{
    // Pairs from the algorithm's own description, plus the news words the search promises to match.
    [Theory]
    [InlineData("caresses", "caress")]
    [InlineData("ponies", "poni")]
    [InlineData("cats", "cat")]
    [InlineData("feed", "feed")]
    [InlineData("agreed", "agre")]
    [InlineData("plastered", "plaster")]
    [InlineData("motoring", "motor")]
    [InlineData("hopping", "hop")]
    [InlineData("filing", "file")]
    [InlineData("happy", "happi")]
    [InlineData("relational", "relat")]
    [InlineData("conditional", "condit")]
    [InlineData("triplicate", "triplic")]
    [InlineData("adjustment", "adjust")]
    [InlineData("controlling", "control")]
    [InlineData("generalizations", "gener")]
    [InlineData("meeting", "meet")]
    [InlineData("meetings", "meet")]
    [InlineData("talks", "talk")]
    [InlineData("talked", "talk")]
    [InlineData("is", "is")]
    [InlineData("2019", "2019")]
    public void Stem_Word_PorterStem(string word, string stem) => Assert.Equal(stem, PorterStemmer.Stem(word));
}
