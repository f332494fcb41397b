using NewsReader.Ingestion;
using NewsReader.Tests.TestData;

namespace NewsReader.Tests.Ingestion;

public sealed class SeedsOptionsValidatorTests
{
    [Fact]
    public void Validate_MissingFolder_FailsNamingPathAndKeys()
    {
        var result = new SeedsOptionsValidator().Validate(null, new SeedsOptions { Path = "/no/such/folder" });

        Assert.True(result.Failed);
        Assert.Contains("'/no/such/folder'", result.FailureMessage, StringComparison.Ordinal);
        Assert.Contains("Seeds:Path", result.FailureMessage, StringComparison.Ordinal);
        Assert.Contains("Seeds__Path", result.FailureMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_ExistingFolder_Succeeds()
    {
        using var folder = new TempFolder();

        Assert.True(new SeedsOptionsValidator().Validate(null, new SeedsOptions { Path = folder.Path }).Succeeded);
    }
}
