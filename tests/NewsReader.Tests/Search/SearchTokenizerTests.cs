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
}
