using NewsReader.Parsing;

namespace NewsReader.Tests.Parsing;

/// <summary>Days as pages print them, in the languages the reader meets most; "" means no day can be read.</summary>
public sealed class VisibleDatesTests
{
    [Theory]
    [InlineData("19.11.2021", "2021-11-19")]
    [InlineData("Stand: 19.11.21, 14:05 Uhr", "2021-11-19")]
    [InlineData("19. November 2021", "2021-11-19")]
    [InlineData("November 19, 2021", "2021-11-19")]
    [InlineData("Nov. 19th, 2021", "2021-11-19")]
    [InlineData("2021-11-19", "2021-11-19")]
    [InlineData("19 novembre 2021", "2021-11-19")]
    [InlineData("le 1er décembre 2021", "2021-12-01")]
    [InlineData("19 de noviembre de 2021", "2021-11-19")]
    [InlineData("19 de março de 2021", "2021-03-19")]
    [InlineData("19 maart 2021", "2021-03-19")]
    [InlineData("3. März 2021", "2021-03-03")]
    [InlineData("Mon Oct 11 14:57:21 CEST 2021", "2021-10-11")]
    [InlineData("11/19/2021", "2021-11-19")]
    [InlineData("19/11/2021", "2021-11-19")]
    [InlineData("05/06/2021", "")]
    [InlineData("© 2019 Harbour Times", "")]
    [InlineData("31.02.2021", "")]
    [InlineData("Mark 12, 2020", "")]
    public void Find_PrintedDay_Read(string text, string expected) =>
        Assert.Equal(expected, VisibleDates.Find(text)?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) ?? "");
}
