using NewsReader.Articles;

namespace NewsReader.Tests.Articles;

public sealed class QuotationsTests
{
    [Theory]
    [InlineData("“We will not back down,” she said.")]
    [InlineData("\"Enough is enough,\" he said.")]
    [InlineData("“I would meet him. If you want to put out the word, I’m open to it.”")]
    [InlineData("\"The market has simply run out of buyers.\" — Jane Doe")]
    [InlineData("“We will not back down,” said Jane Doe, the union’s general secretary.")]
    [InlineData("“It is a sad day for the town,” the mayor told reporters. “We will rebuild.”")]
    [InlineData("‘Nobody expected the river to rise so fast,’ said a resident.")]
    [InlineData("« Nous ne reculerons pas », a déclaré la ministre, selon l’AFP.")]
    [InlineData("„Wir werden nicht aufgeben“, sagte sie.")]
    public void IsSetApart_QuotationWithAttribution_True(string paragraph) => Assert.True(Quotations.IsSetApart(paragraph));

    [Theory]
    [InlineData("\"Blue House\" officials said on Monday that the talks would resume next week in Panmunjom.")]
    [InlineData("“We will not back down,” she said, adding that the union would strike on Friday if the offer was not improved by then.")]
    [InlineData("“Quantitative easing” was the phrase of the year, and central banks used it to justify buying trillions in bonds.")]
    [InlineData("“Fake news” is a term the president has used more than four hundred times since taking office, according to a tally kept by the newspaper.")]
    [InlineData("“We will not back down. We have been here before and we will be here again.")]
    [InlineData("She said “enough”.")]
    [InlineData("“Yes,” officials replied, before the meeting was adjourned for lunch and the talks moved on to trade.")]
    [InlineData("\"")]
    public void IsSetApart_ReportingThatOpensWithAQuote_False(string paragraph) => Assert.False(Quotations.IsSetApart(paragraph));
}
