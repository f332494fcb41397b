using System.ComponentModel.DataAnnotations;
using NewsReader.Ingestion;

namespace NewsReader.Tests.Ingestion;

public sealed class SeedsOptionsTests
{
    [Theory]
    [InlineData(0, false)]
    [InlineData(1, true)]
    [InlineData(5, true)]
    [InlineData(600, true)]
    [InlineData(601, false)]
    public void ParseTimeoutSeconds_OutsideOneToSixHundred_Invalid(int seconds, bool valid)
    {
        var options = new SeedsOptions { ParseTimeoutSeconds = seconds };
        var errors = new List<ValidationResult>();

        var isValid = Validator.TryValidateObject(options, new ValidationContext(options), errors, validateAllProperties: true);

        Assert.Equal(valid, isValid);
        Assert.All(errors, error => Assert.Contains(nameof(SeedsOptions.ParseTimeoutSeconds), error.MemberNames));
    }

    [Fact]
    public void ParseTimeoutSeconds_Default_FiveSeconds()
    {
        Assert.Equal(5, new SeedsOptions().ParseTimeoutSeconds);
    }

    [Fact]
    public void ResolvedPaths_RelativeSeedsFolder_TakenFromTheWorkingDirectory()
    {
        var options = new SeedsOptions { Path = "seeds", CachePath = "../cache", PermalinkHistoryPath = "../state/permalinks.tsv" };
        var parent = Directory.GetCurrentDirectory();

        Assert.Equal(Path.Join(parent, "cache"), options.ResolvedCachePath);
        Assert.Equal(Path.Join(parent, "state", "permalinks.tsv"), options.ResolvedPermalinkHistoryPath);
        Assert.Equal(Path.Join(parent, "state", "gone.tsv"), options.ResolvedGoneListPath);
    }
}
