using NewsReader.Search;

namespace NewsReader.Tests.Search;

public sealed class SearchTokenizerTests
{
    [Theory]
    [InlineData("Pyongyang", "pyongyang")]
    [InlineData("CAFÉ", "cafe")]
    [InlineData("Trump’s", "trump")]
    [InlineData("Trump's", "trump")]
    [InlineData("Zoë", "zoe")]
    [InlineData("Łódź", "lodz")]
    [InlineData("meeting", "meet")]
    public void Tokenize_Word_FoldedAndStemmed(string word, string term) =>
        Assert.Equal(term, Assert.Single(SearchTokenizer.Tokenize(word)).Term);

    [Fact]
    public void Tokenize_Sentence_OffsetsPointIntoOriginal()
    {
        const string text = "Kim Jong-un met “Xi” — in Busan.";

        var tokens = SearchTokenizer.Tokenize(text);

        Assert.Equal(["kim", "jong", "un", "met", "xi", "in", "busan"], tokens.Select(t => t.Term));
        Assert.All(tokens, t => Assert.Equal(t.Folded, SearchTokenizer.Fold(text.Substring(t.Start, t.Length).Replace("’", "'", StringComparison.Ordinal))));
    }

    [Theory]
    [InlineData("")]
    [InlineData("!!! ... ???")]
    [InlineData("<script>")]
    public void Tokenize_NoWords_NothingOrOnlyWords(string text) =>
        Assert.All(SearchTokenizer.Tokenize(text), t => Assert.Matches("^[a-z0-9]+$", t.Term));

    [Fact]
    public void Tokenize_MixedWords_AsciiAndAccentedAndApostrophesFoldAlike()
    {
        var tokens = SearchTokenizer.Tokenize("O'Brien's rock’n’roll L'Oréal COVID-19 naïve students' ’s");

        Assert.Equal(["obrien", "rocknroll", "loreal", "covid", "19", "naive", "students", "s"], tokens.Select(t => t.Folded));
        Assert.Equal([(0, 9), (10, 11), (22, 7), (30, 5), (36, 2), (39, 5), (45, 8), (56, 1)], tokens.Select(t => (t.Start, t.Length)));
    }
}
