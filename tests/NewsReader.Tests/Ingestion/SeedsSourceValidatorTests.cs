using NewsReader.Ingestion;

namespace NewsReader.Tests.Ingestion;

public sealed class SeedsSourceValidatorTests
{
    private static SeedsOptions S3(Action<S3SourceOptions> configure)
    {
        var options = new SeedsOptions { Source = "s3", S3 = new S3SourceOptions { Bucket = "news" } };
        configure(options.S3);
        return options;
    }

    [Theory]
    [InlineData("folder")]
    [InlineData("S3")]
    public void Validate_KnownSource_Succeeds(string source)
    {
        var options = new SeedsOptions { Source = source, S3 = new S3SourceOptions { Bucket = "news" } };

        Assert.True(new SeedsSourceValidator().Validate(null, options).Succeeded);
    }

    [Fact]
    public void Validate_UnknownSource_FailsNamingTheChoices()
    {
        var result = new SeedsSourceValidator().Validate(null, new SeedsOptions { Source = "ftp" });

        Assert.Contains("Seeds:Source is 'ftp'", result.FailureMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_S3WithoutBucket_FailsNamingTheKey()
    {
        var result = new SeedsSourceValidator().Validate(null, S3(s => s.Bucket = ""));

        Assert.True(result.Failed);
        Assert.Contains("Seeds:S3:Bucket", result.FailureMessage, StringComparison.Ordinal);
        Assert.Contains("Seeds__S3__Bucket", result.FailureMessage, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("localhost:9000")]
    [InlineData("ftp://127.0.0.1/")]
    [InlineData("not a url")]
    public void Validate_BadEndpoint_FailsQuotingIt(string endpoint)
    {
        var result = new SeedsSourceValidator().Validate(null, S3(s => s.Endpoint = endpoint));

        Assert.Contains($"Seeds:S3:Endpoint is '{endpoint}'", result.FailureMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_OnlyAccessKey_FailsNamingBoth()
    {
        var result = new SeedsSourceValidator().Validate(null, S3(s => s.AccessKey = "key"));

        Assert.Contains("Seeds:S3:SecretKey", result.FailureMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_S3WithEndpointAndKeys_Succeeds()
    {
        var options = S3(s =>
        {
            s.Endpoint = "http://127.0.0.1:4568";
            s.AccessKey = "S3RVER";
            s.SecretKey = "S3RVER";
        });

        Assert.True(new SeedsSourceValidator().Validate(null, options).Succeeded);
    }

    [Fact]
    public void SeedsOptionsValidator_S3SourceWithFolderNotYetThere_Succeeds()
    {
        var options = new SeedsOptions { Path = "/no/such/folder", Source = "s3" };

        Assert.True(new SeedsOptionsValidator().Validate(null, options).Succeeded);
    }
}
