using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using NewsReader.Web.Images;

namespace NewsReader.Web.Tests.Images;

public sealed class ImagesOptionsTests
{
    [Theory]
    [InlineData("Remote", "mirror", "Images:Remote")]
    [InlineData("Remote", "1", "Images:Remote")]
    [InlineData("MaxBytes", "0", "MaxBytes")]
    [InlineData("TimeoutSeconds", "0", "TimeoutSeconds")]
    [InlineData("CacheMegabytes", "-1", "CacheMegabytes")]
    public void Value_BadSetting_FailsNamingTheKey(string key, string value, string named)
    {
        var error = Assert.Throws<OptionsValidationException>(() => Bind(new() { ["Images:" + key] = value }).Value);

        Assert.Contains(named, error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(null, RemoteImageMode.Proxy)]
    [InlineData("Link", RemoteImageMode.Link)]
    [InlineData("drop", RemoteImageMode.Drop)]
    public void Mode_Setting_ProxyByDefault(string? remote, RemoteImageMode expected)
    {
        var options = Bind(remote is null ? [] : new() { ["Images:Remote"] = remote }).Value;

        Assert.Equal(expected, options.Mode);
        Assert.False(options.AllowPrivateHosts);
    }

    private static IOptions<ImagesOptions> Bind(Dictionary<string, string?> settings)
    {
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(new ConfigurationBuilder().AddInMemoryCollection(settings).Build());
        services.AddImages();
        return services.BuildServiceProvider().GetRequiredService<IOptions<ImagesOptions>>();
    }
}
