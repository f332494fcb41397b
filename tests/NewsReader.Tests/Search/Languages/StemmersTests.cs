using NewsReader.Search.Languages;

namespace NewsReader.Tests.Search.Languages;

public sealed class StemmersTests
{
    // Pairs from the Porter algorithm's own description, plus the news words the search promises to
    // match. Snowball's English stemmer (Porter's own revision) agrees on all of them but one:
    // "generalizations" is "general", no longer "gener", which Porter also reached from "generous".
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
    [InlineData("generalizations", "general")]
    [InlineData("meeting", "meet")]
    [InlineData("meetings", "meet")]
    [InlineData("talks", "talk")]
    [InlineData("talked", "talk")]
    [InlineData("is", "is")]
    [InlineData("2019", "2019")]
    public void Stem_EnglishWord_SnowballStem(string word, string stem) => Assert.Equal(stem, Stemmers.Stem(TextLanguage.English, word));

    // Two forms of one word stem alike in its own language.
    [Theory]
    [InlineData(TextLanguage.French, "élections", "élection")]
    [InlineData(TextLanguage.French, "l'élection", "élections")]
    [InlineData(TextLanguage.German, "wahlen", "wahl")]
    [InlineData(TextLanguage.Spanish, "elecciones", "elección")]
    [InlineData(TextLanguage.Portuguese, "eleições", "eleição")]
    [InlineData(TextLanguage.Italian, "elezioni", "elezione")]
    [InlineData(TextLanguage.Italian, "dell'elezione", "elezioni")]
    [InlineData(TextLanguage.Dutch, "verkiezingen", "verkiezing")]
    [InlineData(TextLanguage.Russian, "выборы", "выборов")]
    [InlineData(TextLanguage.Swedish, "regeringen", "regeringens")]
    public void Stem_TwoFormsOfOneWord_SameStem(TextLanguage language, string one, string other) =>
        Assert.Equal(Stemmers.Stem(language, one), Stemmers.Stem(language, other));

    [Fact]
    public void Stem_OtherLanguage_WordUnchanged() => Assert.Equal("elections", Stemmers.Stem(TextLanguage.Other, "elections"));

    [Fact]
    public void Stem_EnglishApostrophe_JoinsNotElided() => Assert.Equal("loreal", Stemmers.Stem(TextLanguage.English, "l'oreal"));
}
