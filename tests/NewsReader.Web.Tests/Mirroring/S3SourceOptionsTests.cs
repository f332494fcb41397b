using System.Globalization;
using NewsReader.Web.Tests.Infrastructure;
using Serilog.Events;

namespace NewsReader.Web.Tests.Mirroring;

/// <summary>Bad bucket settings stop the start with one line that names the key, before any request.</summary>
public sealed class S3SourceOptionsTests : IDisposable
{
    private readonly SeedsFolder _seeds = new();

    public void Dispose() => _seeds.Dispose();

    [Theory]
    [InlineData("Seeds:S3:Bucket", "", "Seeds:S3:Bucket")]
    [InlineData("Seeds:S3:Endpoint", "127.0.0.1:9000", "Seeds:S3:Endpoint is '127.0.0.1:9000'")]
    [InlineData("Seeds:PollSeconds", "0", "PollSeconds")]
    [InlineData("Seeds:Source", "ftp", "Seeds:Source is 'ftp'")]
    public void Start_BadSetting_StopsNamingTheKey(string key, string value, string named)
    {
        using var factory = new NewsReaderFactory(
            _seeds,
            new Dictionary<string, string?>
            {
                ["Seeds:Source"] = "s3",
                ["Seeds:S3:Bucket"] = "news",
                ["Seeds:S3:Endpoint"] = "http://127.0.0.1:9",
                [key] = value,
            },
            loadSeeds: false);

        // Program ends with exit code 1 before the server starts (see OptionsCheck).
        Assert.Throws<InvalidOperationException>(() => factory.CreateClient());

        var fatal = Assert.Single(factory.Logs.Events, e => e.Level == LogEventLevel.Fatal);
        Assert.Contains(named, fatal.RenderMessage(CultureInfo.InvariantCulture), StringComparison.Ordinal);
    }
}
