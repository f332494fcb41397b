using NewsReader.Articles;

namespace NewsReader.Tests.Articles;

public sealed class RepeatsTests
{
    private const string Lead = "It was the interview that some within Buckingham Palace must have feared, and it was more revealing than many could have imagined.";

    [Theory]
    [InlineData(Lead, Lead)]
    [InlineData("The talks will resume next…", "The talks will resume next week in Geneva.")]
    [InlineData(Lead, "London (CNN)" + Lead)]
    [InlineData(Lead, "SEOUL, Oct 24 (Reuters) – " + Lead + " Officials declined to comment.")]
    [InlineData("It was the interview that some within Buckingham Palace must have feared.", "It was the interview that some within Buckingham Palace must have feared. The couple spoke for two hours.")]
    public void Opens_ParagraphSaysTheStandfirstAgainAtItsStart_True(string standfirst, string paragraph) =>
        Assert.True(Repeats.Opens(standfirst, paragraph));

    [Theory]
    [InlineData("Talks", "Talks will resume next week in Geneva.")]
    [InlineData("Ministers back a new plant on the Severn estuary despite protests.", "The government approved the plan for a new power station on Thursday.")]
    [InlineData(Lead, "Officials in three ministries, speaking on condition of anonymity over several weeks of reporting, said: " + Lead)]
    public void Opens_ParagraphSaysSomethingElse_False(string standfirst, string paragraph) =>
        Assert.False(Repeats.Opens(standfirst, paragraph));
}
