using NewsReader.Parsing;

namespace NewsReader.Tests.Parsing;

public sealed class BylineAndDatelineTests
{
    [Theory]
    [InlineData("By Jane Doe", "Jane Doe")]
    [InlineData("By Jane Doe and John Roe", "Jane Doe|John Roe")]
    [InlineData("By Ann Poe, Jane Doe and John Roe", "Ann Poe|Jane Doe|John Roe")]
    [InlineData("By JANE DOE, Reuters", "Jane Doe")]
    [InlineData("By Wanjiku Mwangi and Peter Otieno, Associated Example", "Wanjiku Mwangi|Peter Otieno")]
    [InlineData("By Ludwig van Beethoven", "Ludwig van Beethoven")]
    public void Parse_Byline_Names(string line, string expected) =>
        Assert.Equal(expected.Split('|'), Bylines.Parse(line));

    [Theory]
    [InlineData("By the end of the year, prices had doubled.")]
    [InlineData("By midnight the crowd had gone home")]
    [InlineData("Bystanders said the crowd had gone home.")]
    [InlineData("By")]
    public void Parse_SentenceStartingWithBy_NotAByline(string line) => Assert.Null(Bylines.Parse(line));

    [Theory]
    [InlineData("SEOUL, Oct 24 (Reuters) – South Korea said…", "SEOUL, Oct 24", "South Korea said…")]
    [InlineData("LONDON — Shares fell.", "LONDON", "Shares fell.")]
    [InlineData("PARIS, March 3 - The strike began.", "PARIS, March 3", "The strike began.")]
    [InlineData("NAIROBI, Kenya (AE) — Growers ship roses.", "NAIROBI, Kenya", "Growers ship roses.")]
    [InlineData("NEW YORK -- Markets opened higher.", "NEW YORK", "Markets opened higher.")]
    public void Split_Dateline_TakenOffTheParagraph(string paragraph, string dateline, string rest) =>
        Assert.Equal((dateline, rest), Datelines.Split(paragraph));

    [Theory]
    [InlineData("The minister - who spoke late - said no.")]
    [InlineData("A - B testing is common.")]
    [InlineData("UK inflation rose to 3%.")]
    public void Split_OrdinarySentence_NoDateline(string paragraph) => Assert.Null(Datelines.Split(paragraph));
}
