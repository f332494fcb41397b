using NewsReader.Search.Languages;

namespace NewsReader.Tests.Search.Languages;

public sealed class LanguageDetectorTests
{
    // A news paragraph in each language, written for these tests.
    [Theory]
    [InlineData("The government said on Monday that it would not change its plans for the budget, and ministers are expected to meet the unions this week.", TextLanguage.English)]
    [InlineData("Le gouvernement a annoncé lundi qu’il ne changerait pas ses projets pour le budget, et les ministres doivent rencontrer les syndicats cette semaine.", TextLanguage.French)]
    [InlineData("Die Regierung hat am Montag erklärt, dass sie ihre Pläne für den Haushalt nicht ändern wird, und die Minister werden sich mit den Gewerkschaften treffen.", TextLanguage.German)]
    [InlineData("El gobierno dijo el lunes que no cambiará sus planes para el presupuesto, y los ministros se reunirán con los sindicatos esta semana.", TextLanguage.Spanish)]
    [InlineData("O governo disse na segunda-feira que não vai mudar os seus planos para o orçamento, e os ministros vão reunir-se com os sindicatos esta semana.", TextLanguage.Portuguese)]
    [InlineData("Il governo ha detto lunedì che non cambierà i suoi piani per il bilancio, e i ministri incontreranno i sindacati questa settimana.", TextLanguage.Italian)]
    [InlineData("De regering heeft maandag gezegd dat zij haar plannen voor de begroting niet zal wijzigen, en de ministers zullen deze week met de vakbonden praten.", TextLanguage.Dutch)]
    [InlineData("Правительство заявило в понедельник, что не будет менять свои планы по бюджету, а министры встретятся с профсоюзами на этой неделе.", TextLanguage.Russian)]
    [InlineData("Уряд заявив у понеділок, що не змінюватиме свої плани щодо бюджету, а міністри зустрінуться з профспілками цього тижня.", TextLanguage.Other)]
    [InlineData("Rząd poinformował w poniedziałek, że nie zmieni swoich planów dotyczących budżetu, a ministrowie spotkają się ze związkowcami w tym tygodniu.", TextLanguage.Other)]
    [InlineData("三名中国宇航员周四乘坐飞船进入太空，将在空间站停留六个月。", TextLanguage.Other)]
    [InlineData("Markets rally", TextLanguage.English)]
    public void Detect_Paragraph_ItsLanguage(string text, TextLanguage expected) => Assert.Equal(expected, LanguageDetector.Detect(text));

    [Theory]
    [InlineData("fr", TextLanguage.French)]
    [InlineData("de-DE", TextLanguage.German)]
    [InlineData("en_GB", TextLanguage.English)]
    [InlineData("PT-br", TextLanguage.Portuguese)]
    [InlineData("pl", TextLanguage.Other)]
    [InlineData("zh-Hans", TextLanguage.Other)]
    public void FromTag_Tag_Language(string tag, TextLanguage expected) => Assert.Equal(expected, TextLanguages.FromTag(tag));

    [Theory]
    [InlineData(null)]
    [InlineData(" ")]
    [InlineData("lang=de")]
    [InlineData("*")]
    public void FromTag_NoTag_Null(string? tag) => Assert.Null(TextLanguages.FromTag(tag));

    [Fact]
    public void Detect_HeadlineAndParagraphs_AsTheSampleJoinedByNewlines()
    {
        // Words split where paragraphs meet, the sample stops at the paragraph that passes the
        // length, and a short headline alone is too little to tell.
        string[] paragraphs =
        [
            "Le gouvernement a annoncé lundi qu’il ne changerait pas ses projets pour le budget.",
            "Les ministres doivent rencontrer les syndicats cette semaine, a-t-il dit.",
            "The rest of this page is in English and past the sample, so it never counts at all here.",
        ];

        foreach (var length in (int[])[6, 10, 100, 160, 1000])
        {
            var joined = "Budget" + string.Concat(paragraphs.Aggregate((Text: "", Length: 6), (sample, p) => sample.Length < length ? (sample.Text + "\n" + p, sample.Length + 1 + p.Length) : sample).Text);
            Assert.Equal(LanguageDetector.Detect(joined), LanguageDetector.Detect("Budget", paragraphs, length));
        }

        Assert.Equal(TextLanguage.French, LanguageDetector.Detect("Budget", paragraphs, 160));
        Assert.Equal(TextLanguage.English, LanguageDetector.Detect("Budget", paragraphs, 6));
    }
}
