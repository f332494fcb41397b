using NewsReader.Topics;

namespace NewsReader.Tests.Topics;

/// <summary>
/// Names are read in the article's language: its articles, prepositions, weekdays and months open
/// no name, and in German, where every noun has a capital, one capitalised word needs more evidence.
/// </summary>
public sealed class TopicLanguageTests
{
    private const string German =
        "Die Europäische Zentralbank hat die Leitzinsen am Donnerstag nicht angetastet, obwohl die Inflation im Euroraum schneller zurückgeht als erwartet. "
        + "Christine Lagarde sagte in Frankfurt, die Regierung und die Banken müssten sich auf hohe Kosten einstellen. "
        + "Am Montag hatte die EZB noch geschwiegen; Lagarde wollte sich nicht festlegen, ob die Zinsen im Sommer sinken.";

    private const string French =
        "La Banque centrale européenne a laissé ses taux inchangés jeudi, malgré une inflation en recul dans la zone euro. "
        + "Christine Lagarde a déclaré à Francfort que les coûts resteraient élevés. "
        + "Jeudi, les marchés ont à peine réagi et le Gouvernement français a salué une décision prudente.";

    private const string Spanish =
        "El Gobierno surcoreano dijo el lunes que aún espera un encuentro entre Donald Trump y Kim Jong Un en la frontera. "
        + "Según los diplomáticos, la aldea de Panmunjom sería el lugar más probable para una nueva cumbre. "
        + "Lunes y martes fueron días de consultas con los enviados de Estados Unidos y de China.";

    [Theory]
    [InlineData(German, "Donnerstag")]
    [InlineData(German, "Montag")]
    [InlineData(German, "Am Montag")]
    [InlineData(German, "Inflation")]
    [InlineData(German, "Regierung")]
    [InlineData(German, "Die Europäische Zentralbank")]
    [InlineData(French, "La Banque")]
    [InlineData(French, "Banque")]
    [InlineData(French, "Jeudi")]
    [InlineData(Spanish, "El Gobierno")]
    [InlineData(Spanish, "Gobierno")]
    [InlineData(Spanish, "Lunes")]
    public void Names_NonEnglishText_NotThisCommonWord(string text, string common) =>
        Assert.DoesNotContain(common, TopicExtractor.Names([text], []), StringComparer.OrdinalIgnoreCase);

    [Theory]
    [InlineData(German, "Europäische Zentralbank")]
    [InlineData(German, "Christine Lagarde")]
    [InlineData(German, "Frankfurt")]
    [InlineData(German, "EZB")]
    [InlineData(French, "Christine Lagarde")]
    [InlineData(Spanish, "Donald Trump")]
    [InlineData(Spanish, "Kim Jong Un")]
    [InlineData(Spanish, "Panmunjom")]
    public void Names_NonEnglishText_KeepsTheName(string text, string name) =>
        Assert.Contains(name, TopicExtractor.Names([text], []));

    [Fact]
    public void Names_GermanSurnameOfALongerName_FoldedIntoIt()
    {
        var names = TopicExtractor.Names([German], []);

        Assert.DoesNotContain("Lagarde", names);
        Assert.Equal(1, names.Count(n => n == "Christine Lagarde"));
    }

    [Fact]
    public void Extract_DeclaredLanguage_ReadsShortTextInIt()
    {
        // Too short for the detector to tell; the metadata says German.
        var names = TopicExtractor.Extract("", ["Die Regierung tagte mit Olaf Scholz."], [], language: "de-DE").Select(c => c.Name);

        Assert.Equal(["Olaf Scholz"], names);
    }

    [Theory]
    [InlineData("Officials in Los Angeles met envoys from El Salvador on Monday.", "Los Angeles")]
    [InlineData("Officials in Los Angeles met envoys from El Salvador on Monday.", "El Salvador")]
    [InlineData("The far-right leader Le Pen spoke to voters in Des Moines.", "Des Moines")]
    public void Names_EnglishText_KeepsForeignArticlesInNames(string text, string name) =>
        Assert.Contains(name, TopicExtractor.Names([text], []));
}
