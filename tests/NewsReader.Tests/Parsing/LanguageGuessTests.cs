using NewsReader.Parsing;

namespace NewsReader.Tests.Parsing;

public sealed class LanguageGuessTests
{
    private const string French = "Le conseil municipal a voté mardi soir la rénovation de la piscine du quartier. Les travaux commenceront au printemps et dureront deux ans, selon le maire, qui a promis que les tarifs ne changeraient pas pour les familles.";
    private const string German = "Der Gemeinderat hat am Dienstagabend die Sanierung des Hallenbads beschlossen. Die Arbeiten beginnen im Frühjahr und dauern zwei Jahre, wie der Bürgermeister sagte, der auch versprach, dass die Preise für Familien nicht steigen werden.";
    private const string Spanish = "El ayuntamiento aprobó el martes por la noche la renovación de la piscina del barrio. Las obras comenzarán en primavera y durarán dos años, según el alcalde, que prometió que los precios no subirán para las familias.";
    private const string English = "The town council voted on Tuesday evening to renovate the neighbourhood pool. The work will begin in the spring and last two years, the mayor said, and he promised that prices would not rise for families.";
    private const string Italian = "Il consiglio comunale ha approvato martedì sera la ristrutturazione della piscina del quartiere. I lavori inizieranno in primavera e dureranno due anni, secondo il sindaco, che ha promesso che i prezzi non saliranno per le famiglie.";
    private const string Dutch = "De gemeenteraad heeft dinsdagavond besloten het zwembad in de wijk te renoveren. De werkzaamheden beginnen in het voorjaar en duren twee jaar, zei de burgemeester, die ook beloofde dat de prijzen voor gezinnen niet zullen stijgen.";
    private const string Chinese = "市议会周二晚间投票通过了社区游泳池的翻修计划。市长表示，工程将于春季开始，为期两年，并承诺家庭的票价不会上涨。居民对此表示欢迎。";
    private const string Japanese = "市議会は火曜日の夜、地域のプールの改修を可決しました。工事は春に始まり、二年間続く予定だと市長は述べ、家族向けの料金は上がらないと約束しました。";
    private const string Arabic = "صوّت المجلس البلدي مساء الثلاثاء على تجديد المسبح في الحي. وستبدأ الأعمال في الربيع وتستمر عامين، بحسب رئيس البلدية الذي وعد بأن الأسعار لن ترتفع على العائلات.";
    private const string Hebrew = "מועצת העיר הצביעה ביום שלישי בערב על שיפוץ הבריכה השכונתית. העבודות יתחילו באביב ויימשכו שנתיים, כך אמר ראש העיר, שהבטיח כי המחירים למשפחות לא יעלו.";

    [Theory]
    [InlineData(French, "fr")]
    [InlineData(German, "de")]
    [InlineData(Spanish, "es")]
    [InlineData(English, "en")]
    [InlineData(Italian, "it")]
    [InlineData(Dutch, "nl")]
    [InlineData(Chinese, "zh")]
    [InlineData(Japanese, "ja")]
    public void Guess_ShortParagraph_Language(string text, string expected) => Assert.Equal(expected, LanguageGuess.Guess(text).Language);

    [Theory]
    [InlineData("en", French, "fr")]
    [InlineData("en-US", German, "de")]
    [InlineData("fr-FR", French, "fr-FR")]
    [InlineData("en", Arabic, "ar")]
    [InlineData("ar-EG", Arabic, "ar-EG")]
    [InlineData("fa", Arabic, "fa")]
    [InlineData(null, Hebrew, "he")]
    [InlineData(null, Spanish, null)]
    [InlineData(null, Chinese, "zh")]
    [InlineData("no", Dutch, "no")]
    [InlineData("en", "Too short to tell.", "en")]
    [InlineData("zh-CN", Chinese, "zh-CN")]
    [InlineData("ar", English, "en")]
    [InlineData("en-US", English + " The tweet said: 電車で痴漢にあったら、すぐに駅員に知らせてください。", "en-US")]
    public void Reconcile_DeclaredAndText_TrustsTheTextOnlyWhenClear(string? declared, string text, string? expected) =>
        Assert.Equal(expected, LanguageGuess.Reconcile(declared, text));

    [Fact]
    public void Reconcile_SeveralDeclared_TakesTheOneTheTextAgreesWith() =>
        Assert.Equal("fr-FR", LanguageGuess.Reconcile(["en", "fr-FR"], French));
}
