using NewsReader.Parsing;

namespace NewsReader.Tests.Parsing;

/// <summary>Bylines as saved pages really carry them; "|" separates the names expected, "" means none.</summary>
public sealed class BylineCleaningTests
{
    [Theory]
    [InlineData("by Steven Musil January 18, 2017 11:00 PM PST @stevenmusil", "Steven Musil")]
    [InlineData("by Steven Musil January 18, 2017 11:00 PM PST @stevenmusil, …", "Steven Musil")]
    [InlineData("Nicolas Perriault — and Nicolas Perriault", "Nicolas Perriault")]
    [InlineData("Par et", "")]
    [InlineData("Par Claire Dumont et Julien Marchal", "Claire Dumont|Julien Marchal")]
    [InlineData("Von Anna Schmidt und Jonas Weber", "Anna Schmidt|Jonas Weber")]
    [InlineData("Por María López y Juan Pérez", "María López|Juan Pérez")]
    [InlineData("Di Giulia Rossi", "Giulia Rossi")]
    [InlineData("Door Sanne de Vries", "Sanne de Vries")]
    [InlineData("Av Ingrid Berg", "Ingrid Berg")]
    [InlineData("• 8h", "")]
    [InlineData("3 hours ago", "")]
    [InlineData("January 18, 2017", "")]
    [InlineData("18.01.2017, 14:05 Uhr", "")]
    [InlineData("2017-01-18T23:00:00Z", "")]
    [InlineData("Jane Doe, Staff Writer", "Jane Doe")]
    [InlineData("Jane Doe Senior Correspondent", "Jane Doe")]
    [InlineData("By Jane Doe, Reporter", "Jane Doe")]
    [InlineData("Jane Doe jane.doe@news.example", "Jane Doe")]
    [InlineData("Jane Doe and John Roe", "Jane Doe|John Roe")]
    [InlineData("Ann Poe, Jane Doe & John Roe", "Ann Poe|Jane Doe|John Roe")]
    [InlineData("JANE DOE", "Jane Doe")]
    [InlineData("Simon Dückert and Zeige alle Beiträge von Simon Dückert →", "Simon Dückert")]
    [InlineData("View all posts by Jane Doe", "Jane Doe")]
    [InlineData("anónimo", "")]
    [InlineData("Published 5 March 2021 | Updated 6 March 2021", "")]
    [InlineData("Ludwig van Beethoven", "Ludwig van Beethoven")]
    [InlineData("Written by Tomás O'Neill", "Tomás O'Neill")]
    [InlineData("by and", "")]
    [InlineData("Rob Picheta and CNN", "Rob Picheta")]
    [InlineData("Sebastian Held, Frankfurt, Germany", "Sebastian Held")]
    [InlineData("NDR", "NDR")]
    [InlineData("21.01.2022 Aktuelle Meldung", "")]
    [InlineData("Lynn", "Lynn")]
    [InlineData("Sara Zinnecker Stand: 05.02.2020", "Sara Zinnecker")]
    [InlineData("Tomas Spahn Fr, 19.10.2019", "Tomas Spahn")]
    [InlineData("José Miguel Wilson Hace 3 horas", "José Miguel Wilson")]
    [InlineData("Michael Hingston facebook twitter whatsapp", "Michael Hingston")]
    [InlineData("Jens Bergmann Foto: Michael Hudler", "Jens Bergmann")]
    [InlineData("Charlotte Würdig: Trauriges Geständnis", "")]
    [InlineData("Our staff", "")]
    public void Clean_RealBylines_NamesOnly(string byline, string expected) =>
        Assert.Equal(expected.Length == 0 ? [] : expected.Split('|'), BylineNames.Clean(byline));

    [Theory]
    [InlineData("Jane Doe", true)]
    [InlineData("Sanne de Vries", true)]
    [InlineData("李明", true)]
    [InlineData("the end of the year", false)]
    [InlineData("8h", false)]
    [InlineData("Share", false)]
    [InlineData("Monday", false)]
    public void LooksLikeName_Candidate_Judged(string candidate, bool expected) =>
        Assert.Equal(expected, BylineNames.LooksLikeName(candidate));
}
