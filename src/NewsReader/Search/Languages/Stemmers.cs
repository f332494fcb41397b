using Lucene.Net.Tartarus.Snowball;
using Lucene.Net.Tartarus.Snowball.Ext;

namespace NewsReader.Search.Languages;

/// <summary>
/// The Snowball stemmers (from Lucene.Net's analysis library): "meeting" and "meet", "élections"
/// and "élection", "Wahlen" and "Wahl", "выборов" and "выборы" each reduce to one stem. They expect
/// a lower-case word with its accents and in its own script, so they run before folding. A stemmer
/// keeps the word it works on, so each thread has its own, made when that thread first needs it.
/// </summary>
internal static class Stemmers
{
    // French, Italian and Catalan articles and prepositions written joined to the next word by an apostrophe.
    private static readonly string[] Elisions = ["l", "d", "j", "m", "n", "s", "t", "c", "qu", "jusqu", "lorsqu", "puisqu", "quoiqu", "un", "dell", "nell", "dall", "all", "sull", "coll", "quest", "quell"];

    [ThreadStatic]
    private static SnowballProgram?[]? _byLanguage;

    /// <summary>The stem of a lower-case word; the word itself for <see cref="TextLanguage.Other"/>.</summary>
    /// <param name="word">Apostrophes join ("o'brien" is "obrien"), but an elided article is dropped where the language writes them ("l'élection" is "élection").</param>
    public static string Stem(TextLanguage language, string word)
    {
        if (word.Contains('\'', StringComparison.Ordinal))
        {
            word = WithoutApostrophes(language, word);
        }

        if (language == TextLanguage.Other || word.Length <= 2)
        {
            return word;
        }

        var stemmers = _byLanguage ??= new SnowballProgram?[TextLanguages.Count];
        var stemmer = stemmers[(int)language] ??= Create(language);
        stemmer.SetCurrent(language == TextLanguage.Portuguese ? SingularNasal(word) : word);
        stemmer.Stem();
        return stemmer.Current;
    }

    private static string WithoutApostrophes(TextLanguage language, string word)
    {
        var apostrophe = word.IndexOf('\'', StringComparison.Ordinal);
        if (language is TextLanguage.French or TextLanguage.Italian or TextLanguage.Catalan && apostrophe + 1 < word.Length && Elisions.Contains(word[..apostrophe], StringComparer.Ordinal))
        {
            word = word[(apostrophe + 1)..];
        }

        return word.Replace("'", "", StringComparison.Ordinal);
    }

    /// <summary>
    /// Portuguese "-ões" and "-ães" are the plurals of "-ão" ("eleições", "eleição"), a pair Snowball
    /// leaves apart ("eleiçõ", "eleiçã"): the plural is put back in the singular first.
    /// </summary>
    private static string SingularNasal(string word) =>
        word.EndsWith("ões", StringComparison.Ordinal) || word.EndsWith("ães", StringComparison.Ordinal) ? string.Concat(word.AsSpan(0, word.Length - 3), "ão") : word;

    private static SnowballProgram Create(TextLanguage language) => language switch
    {
        TextLanguage.English => new EnglishStemmer(),
        TextLanguage.French => new FrenchStemmer(),
        TextLanguage.German => new GermanStemmer(),
        TextLanguage.Spanish => new SpanishStemmer(),
        TextLanguage.Portuguese => new PortugueseStemmer(),
        TextLanguage.Italian => new ItalianStemmer(),
        TextLanguage.Dutch => new DutchStemmer(),
        TextLanguage.Russian => new RussianStemmer(),
        TextLanguage.Swedish => new SwedishStemmer(),
        TextLanguage.Danish => new DanishStemmer(),
        TextLanguage.Norwegian => new NorwegianStemmer(),
        TextLanguage.Finnish => new FinnishStemmer(),
        TextLanguage.Hungarian => new HungarianStemmer(),
        TextLanguage.Romanian => new RomanianStemmer(),
        TextLanguage.Turkish => new TurkishStemmer(),
        TextLanguage.Catalan => new CatalanStemmer(),
        _ => throw new ArgumentOutOfRangeException(nameof(language), language, "No stemmer for this language."),
    };
}
