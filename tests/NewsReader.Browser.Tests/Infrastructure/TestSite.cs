using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using NewsReader.Storage;

namespace NewsReader.Browser.Tests.Infrastructure;

/// <summary>
/// The real app on a real loopback socket, because a browser cannot talk to the in-memory test
/// server. Production environment, as a reader would get it, reading the given seeds folder (and
/// any further settings a test names).
/// </summary>
public sealed class TestSite(string seedsPath, IReadOnlyDictionary<string, string?>? settings = null) : WebApplicationFactory<Program>
{
    /// <summary>Starts Kestrel on a free port and returns once the first load is published.</summary>
    public async Task<Uri> StartAsync()
    {
        UseKestrel(0);
        StartServer();
        var addresses = Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses;

        // Until the first load the app answers 503; a test that starts earlier would see that page.
        await Services.GetRequiredService<ArticleRepository>()
            .WaitForAsync(_ => true, CancellationToken.None)
            .WaitAsync(TimeSpan.FromSeconds(30));
        return new Uri(addresses.First());
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Production");
        builder.ConfigureAppConfiguration(configuration => configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Seeds:Path"] = seedsPath,
            // Request logs of a whole browser run would bury the test output.
            ["Serilog:MinimumLevel:Default"] = "Warning",
            ["Serilog:MinimumLevel:Override:Microsoft.Hosting.Lifetime"] = "Warning",
        }));
        if (settings is not null)
        {
            builder.ConfigureAppConfiguration(configuration => configuration.AddInMemoryCollection(settings));
        }
    }
}
