using NewsReader.Search;
using NewsReader.Tests.TestData;

namespace NewsReader.Tests.Search;

public sealed class DocumentTermsTests
{
    [Fact]
    public void Of_LongArticleWithManyDistinctWords_EachWordCountedWithItsPositions()
    {
        // Far more distinct words and occurrences than a working table starts with: it must grow.
        var words = Enumerable.Range(0, 1500).Select(Word).ToList();
        var body = string.Join(' ', words.Concat(words).Concat(words));
        var article = ArticleFactory.WithBody("00000000000000a1", "Zyx", body);

        var terms = DocumentTerms.Of(article);

        Assert.Equal(1501, terms.Count);
        Assert.Equal(4501, terms.Length);
        var slot = Array.IndexOf(terms.Ids, TermIds.Find(SearchTokenizer.TermOf(terms.Language, Word(7))), 0, terms.Count);
        Assert.Equal(3, terms.Frequencies[slot]);
        var positions = new int[4];
        var decoded = PositionCodec.Decode(terms.EncodedPositions.AsSpan(terms.EncodedStarts[slot], terms.EncodedLengthOf(slot)), positions);
        Assert.Equal(3, decoded);
        Assert.Equal([positions[0], positions[0] + 1500, positions[0] + 3000], positions[..3]);
    }

    // Letters only, none a real word's stem: "qbaz", "qbbz"...
    private static string Word(int i) => $"q{(char)('a' + (i / 676))}{(char)('a' + (i / 26 % 26))}{(char)('a' + (i % 26))}z";
}
