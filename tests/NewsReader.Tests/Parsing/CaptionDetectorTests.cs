using NewsReader.Parsing;

namespace NewsReader.Tests.Parsing;

public sealed class CaptionDetectorTests
{
    [Theory]
    [InlineData("Donald Trump and Kim Jong Un at a potential diplomatic meeting in Asia.")]
    [InlineData("Protesters outside parliament in London")]
    [InlineData("The central bank's headquarters in Frankfurt.")]
    public void IsCaption_NounPhrase_True(string block) => Assert.True(CaptionDetector.IsCaption(block));

    [Theory]
    [InlineData("The first children's commissioner for England has been appointed.")]
    [InlineData("Indonesian, Indian and Hong Kong stock markets reached record highs.")]
    [InlineData("UK house prices fell 0.7% in December, according to official figures.")]
    [InlineData("Beyond the desperate security situation in Iraq lies an economy in tatters.")]
    [InlineData("So what is the gap between Labour and the Tories nowadays?")]
    [InlineData("“We will win,” the leader told supporters.")]
    [InlineData("Markets rallied. Then they fell.")]
    [InlineData("Word")]
    [InlineData("A very long descriptive block of text that goes on well beyond what any photo caption would ever need to say here.")]
    public void IsCaption_LeadOrOther_False(string block) => Assert.False(CaptionDetector.IsCaption(block));
}
